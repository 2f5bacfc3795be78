// Who plays which part in an answer (src/casus/web/static/js/roles.js).
import assert from "node:assert/strict";
import { test } from "node:test";

import { computeRoles, RANK, ROLE_COLOURS, ROLES } from "../../src/casus/web/static/js/roles.js";

const side = (state, ccode, role, round = 0) => ({ state, ccode, name: state, role, round });
const finding = (state, ccode, duty, status, response = "automatic") => ({
  state,
  ccode,
  name: state,
  duty,
  status,
  response,
});

test("every role has a rank and a colour", () => {
  for (const r of ROLES) {
    assert.ok(r in RANK, r);
    assert.match(ROLE_COLOURS[r], /^#[0-9a-f]{6}$/);
  }
});

test("computeRoles: attacker, target, defenders, discretionary, conditional, neutral", () => {
  const answer = {
    sides: {
      attackers: [side("USA", 2, "attacker")],
      defenders: [side("PRK", 731, "target"), side("RUS", 365, "defender", 1), side("CHN", 710, "defender", 1)],
    },
    findings: [
      finding("RUS", 365, "defend", "binding", "automatic"),
      finding("CHN", 710, "defend", "binding", "discretionary"),
      finding("CUB", 40, "defend", "conditional"),
      finding("RUS", 365, "defend", "conditional"),
    ],
    conflicted: [],
    neutral: [{ state: "MNG", ccode: 712, name: "Mongolia", status: "binding" }],
  };
  const roles = computeRoles(answer);
  assert.equal(roles.get(2).role, "attacker");
  assert.equal(roles.get(731).role, "target");
  assert.equal(roles.get(365).role, "defender"); // one automatic duty: a defender, not conditional
  assert.equal(roles.get(710).role, "discretionary");
  assert.equal(roles.get(40).role, "conditional");
  assert.equal(roles.get(712).role, "neutral");
});

test("computeRoles: a conflicted state stays conflicted, whatever else it owes", () => {
  const answer = {
    sides: { attackers: [side("A", 1, "attacker")], defenders: [side("B", 2, "target")] },
    findings: [finding("C", 3, "defend", "conditional")],
    conflicted: [{ state: "C", ccode: 3, name: "C" }],
    neutral: [{ state: "C", ccode: 3, name: "C" }],
  };
  assert.equal(computeRoles(answer).get(3).role, "conflicted");
});

test("computeRoles: a neutrality that holds only under an open condition is not painted as bound", () => {
  const answer = {
    sides: { attackers: [side("A", 1, "attacker")], defenders: [side("B", 2, "target")] },
    findings: [],
    conflicted: [],
    neutral: [
      { state: "C", ccode: 3, name: "C", status: "conditional" },
      { state: "D", ccode: 4, name: "D", status: "binding" },
    ],
  };
  const roles = computeRoles(answer);
  assert.equal(roles.get(3).role, "neutral_maybe");
  assert.equal(roles.get(4).role, "neutral");
});
