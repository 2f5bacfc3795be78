/* The answer first: who must fight, on which side, under which treaty and article (pure; no DOM).
 *
 * /api/attack gives `summary`: groups {duty: "defend"|"join"|"neutral", beneficiary, beneficiary_name,
 * states: [{state, name, status, grade, treaty: {id, short_name, article}}]}.  An older answer without it
 * gets the same groups from its findings and sides (fromFindings). */

const DUTY_ORDER = ["defend", "join", "neutral"];

/** The summary groups of answer a: its own `summary`, or the same built from `findings` and `sides`. */
export function summaryGroups(a) {
  const groups = Array.isArray(a.summary) ? a.summary : fromFindings(a);
  // the attackers and targets themselves are the question, not the answer (Germany "must join Italy's
  // attack" when Germany is the attacker)
  const asked = new Set([...(a.scenario?.attackers || []), ...(a.scenario?.targets || [])].map((s) => s.state));
  return groups
    .map((g) => ({ ...g, states: (g.states || []).filter((s) => !asked.has(s.state)) }))
    .filter((g) => g.states.length)
    .slice()
    .sort((p, q) => DUTY_ORDER.indexOf(p.duty) - DUTY_ORDER.indexOf(q.duty));
}

/** Summary groups from findings: binding or conditional defend, join and neutral duties of the states on
 * either side (defend, join) or in the answer's neutral list (neutral), one entry per state and group. */
export function fromFindings(a) {
  const onSide = new Set([...a.sides.attackers, ...a.sides.defenders].map((s) => s.ccode));
  const neutral = new Set((a.neutral || []).map((s) => s.ccode));
  const order = { binding: 0, conditional: 1 };
  const groups = new Map();
  for (const f of a.findings) {
    if (!DUTY_ORDER.includes(f.duty) || !(f.status in order)) continue;
    if (f.duty === "neutral" ? !neutral.has(f.ccode) : !onSide.has(f.ccode) && f.status === "binding") continue;
    const key = `${f.duty}\u0001${f.beneficiary}`;
    if (!groups.has(key)) {
      groups.set(key, {
        duty: f.duty,
        beneficiary: f.beneficiary,
        beneficiary_name: f.beneficiary_name,
        states: [],
      });
    }
    const g = groups.get(key);
    const entry = {
      state: f.state,
      name: f.name,
      status: f.status,
      grade: f.response || "unspecified",
      treaty: { id: f.treaty.id, short_name: f.treaty.short_name || f.treaty.name, article: f.treaty.article },
    };
    const cur = g.states.findIndex((s) => s.state === f.state);
    // one entry per state: its strongest duty (binding before conditional)
    if (cur < 0) g.states.push(entry);
    else if (order[entry.status] < order[g.states[cur].status]) g.states[cur] = entry;
  }
  return Array.from(groups.values());
}

/** A group's states gathered by the same treaty, article, status and grade (NATO's 31 in one line):
 * [{treaty, status, grade, states: [{state, name}]}], binding first, then by number of states. */
export function compactGroup(g) {
  const parts = new Map();
  for (const s of g.states) {
    const key = [s.treaty.id, s.treaty.article, s.status, s.grade].join("\u0001");
    if (!parts.has(key)) parts.set(key, { treaty: s.treaty, status: s.status, grade: s.grade, states: [] });
    parts.get(key).states.push({ state: s.state, name: s.name });
  }
  const rank = (p) => (p.status === "binding" ? 0 : 1);
  return Array.from(parts.values()).sort((p, q) => rank(p) - rank(q) || q.states.length - p.states.length);
}

/** The distinct states of a group, binding ones first: [{state, name, status}]. */
export function groupStates(g) {
  const seen = new Map();
  for (const s of g.states) {
    const cur = seen.get(s.state);
    if (!cur || (cur.status !== "binding" && s.status === "binding")) seen.set(s.state, s);
  }
  return Array.from(seen.values()).sort((p, q) => (p.status === "binding" ? 0 : 1) - (q.status === "binding" ? 0 : 1));
}

/** "A, B and C" (or "A, B, C and 5 more" past max names), with the page's words for "and" and "more". */
export function listNames(names, { and = "and", more = (n) => `${n} more`, max = 5 } = {}) {
  if (names.length <= 1) return names.join("");
  if (names.length > max) return `${names.slice(0, max).join(", ")} ${and} ${more(names.length - max)}`;
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}
