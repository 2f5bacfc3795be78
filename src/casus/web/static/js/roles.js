/* Who plays which part in an answer: attacker, target, defender, joiner, … (pure; no DOM). */

export const ROLES = [
  "attacker",
  "target",
  "defender",
  "joiner",
  "discretionary",
  "conditional",
  "neutral",
  "neutral_maybe",
  "conflicted",
];

/** Lower ranks win when a state plays several parts. */
export const RANK = {
  attacker: 0,
  target: 0,
  conflicted: 1,
  defender: 2,
  joiner: 2,
  discretionary: 2,
  conditional: 3,
  neutral: 4,
  neutral_maybe: 5,
};

/** Role colours for the cascade graph (the map and the legend take theirs from style.css). */
export const ROLE_COLOURS = {
  attacker: "#b2182b",
  target: "#1d4e89",
  defender: "#4393c3",
  joiner: "#ef8a62",
  discretionary: "#9ecae1",
  conditional: "#c9a227",
  neutral: "#8fbf8f",
  neutral_maybe: "#cfe6cf",
  conflicted: "#8e44ad",
};

/** Node shapes for the cascade graph: a role differs by shape as well as colour. */
export const ROLE_SHAPES = {
  attacker: "diamond",
  target: "star",
  defender: "ellipse",
  joiner: "triangle",
  discretionary: "round-rectangle",
  conditional: "hexagon",
  neutral: "rectangle",
  neutral_maybe: "barrel",
  conflicted: "vee",
};

/** ccode -> {role, name, state, ccode}: who plays which part in the answer a (/api/attack). */
export function computeRoles(a) {
  const roles = new Map();
  const put = (ccode, state, name, role) => {
    const cur = roles.get(ccode);
    if (!cur || RANK[role] < RANK[cur.role]) roles.set(ccode, { ccode, state, name, role });
  };
  // a state that entered by binding duties none of which is automatic (its means are its own choice)
  const bound = new Set();
  const automatic = new Set();
  for (const f of a.findings) {
    if ((f.duty === "defend" || f.duty === "join") && f.status === "binding") {
      bound.add(f.ccode);
      if (f.response === "automatic") automatic.add(f.ccode);
    }
  }
  const entrant = (s, role) => (bound.has(s.ccode) && !automatic.has(s.ccode) ? "discretionary" : role);
  for (const s of a.sides.attackers) {
    put(s.ccode, s.state, s.name, s.role === "attacker" ? "attacker" : entrant(s, "joiner"));
  }
  for (const s of a.sides.defenders) {
    put(s.ccode, s.state, s.name, s.role === "target" ? "target" : entrant(s, "defender"));
  }
  for (const s of a.conflicted) put(s.ccode, s.state, s.name, "conflicted");
  for (const f of a.findings) {
    if ((f.duty === "defend" || f.duty === "join") && f.status === "conditional") {
      put(f.ccode, f.state, f.name, "conditional");
    }
  }
  // bound to stay neutral only if an open condition holds: a part of its own, never painted as bound
  for (const s of a.neutral) put(s.ccode, s.state, s.name, s.status === "binding" ? "neutral" : "neutral_maybe");
  // how likely each state bound to defend or join honours it (the reliability model): its highest estimate
  for (const f of a.findings) {
    const h = f.honour;
    const r = roles.get(f.ccode);
    if (!r || h?.p === null || h?.p === undefined || f.status === "conflicted") continue;
    if (r.p === undefined || h.p > r.p) Object.assign(r, { p: h.p, low: h.low, high: h.high });
  }
  return roles;
}

/** The roles the map may shade by the chance of honouring (states drawn in by a duty, not the belligerents). */
export const SHADED = new Set(["defender", "joiner", "discretionary", "conditional"]);

/** The fill opacity that shows a chance p of honouring: from 0.2 (never) to 1 (surely). */
export function opacityOf(p) {
  return Math.round((0.2 + 0.8 * Math.min(1, Math.max(0, p))) * 100) / 100;
}

/** The cascade as rows, for its text alternative: every state on either side, by side and round, with the
 * states whose attack or entry triggered its binding duties and the treaties (and articles) of those duties.
 * [{ccode, state, name, side: "attacker"|"target", round, role, via: [{state, name}], treaties: [{id, short_name, article}]}] */
export function cascadeRows(a) {
  const names = new Map();
  for (const s of [...a.sides.attackers, ...a.sides.defenders]) names.set(s.state, s.name);
  const rows = [];
  const add = (s, side, role) => {
    const via = [];
    const treaties = [];
    for (const f of a.findings) {
      if (f.ccode !== s.ccode || f.status !== "binding" || (f.duty !== "defend" && f.duty !== "join")) continue;
      if (f.via && !via.some((v) => v.state === f.via)) via.push({ state: f.via, name: names.get(f.via) || f.via });
      if (!treaties.some((t) => t.id === f.treaty.id && t.article === f.treaty.article)) {
        treaties.push({ id: f.treaty.id, short_name: f.treaty.short_name || f.treaty.name, article: f.treaty.article });
      }
    }
    rows.push({ ccode: s.ccode, state: s.state, name: s.name, side, round: s.round, role, via, treaties });
  };
  for (const s of a.sides.attackers) add(s, "attacker", s.role === "attacker" ? "attacker" : "joiner");
  for (const s of a.sides.defenders) add(s, "target", s.role === "target" ? "target" : "defender");
  return rows.sort((p, q) => p.round - q.round || (p.side === q.side ? 0 : p.side === "attacker" ? -1 : 1));
}
