// The answer first (src/casus/web/static/js/summary.js) and the findings table's CSV
// (src/casus/web/static/js/findings-table.js).
import assert from "node:assert/strict";
import { test } from "node:test";

import { rowsCSV, tableRows } from "../../src/casus/web/static/js/findings-table.js";
import {
  compactGroup,
  fromFindings,
  groupStates,
  listNames,
  summaryGroups,
} from "../../src/casus/web/static/js/summary.js";

const treaty = (id, short_name, article) => ({ id, short_name, name: short_name, article });
const finding = (state, ccode, duty, status, t, response = "automatic", beneficiary = "PRK") => ({
  state,
  ccode,
  name: state,
  duty,
  status,
  response,
  beneficiary,
  beneficiary_name: beneficiary === "PRK" ? "North Korea" : beneficiary,
  treaty: t,
  round: 1,
  via: "PRK",
});
const RUS_PRK = treaty("rus-prk-2024", "DPRK–Russia Treaty (2024)", "4");
const PRC_PRK = treaty("prc-prk-1961", "China–DPRK Treaty (1961)", "II");
const SEED = {
  sides: {
    attackers: [{ state: "USA", ccode: 2, name: "United States", role: "attacker", round: 0 }],
    defenders: [
      { state: "PRK", ccode: 731, name: "North Korea", role: "target", round: 0 },
      { state: "RUS", ccode: 365, name: "Russia", role: "defender", round: 1 },
      { state: "CHN", ccode: 710, name: "China", role: "defender", round: 1 },
    ],
  },
  neutral: [{ state: "MON", ccode: 712, name: "Mongolia", towards: ["USA"], status: "binding" }],
  findings: [
    finding("RUS", 365, "defend", "binding", RUS_PRK),
    finding("RUS", 365, "defend", "conditional", treaty("atop-4940", "ATOP 4940", null)),
    finding("CHN", 710, "defend", "binding", PRC_PRK),
    finding("CUB", 40, "defend", "conditional", treaty("atop-3975", "ATOP 3975", null), "unspecified"),
    finding("MON", 712, "neutral", "binding", treaty("atop-1", "ATOP 1", null), "unspecified", "USA"),
    finding("JPN", 740, "nonaggression", "binding", treaty("atop-2", "ATOP 2", null)),
  ],
};

test("fromFindings: who must defend, join or stay neutral, one entry per state", () => {
  const groups = fromFindings(SEED);
  const defend = groups.find((g) => g.duty === "defend");
  assert.equal(defend.beneficiary_name, "North Korea");
  assert.deepEqual(
    defend.states.map((s) => [s.state, s.status, s.treaty.id]),
    [
      ["RUS", "binding", "rus-prk-2024"],
      ["CHN", "binding", "prc-prk-1961"],
      ["CUB", "conditional", "atop-3975"],
    ],
  );
  const neutral = groups.find((g) => g.duty === "neutral");
  assert.deepEqual(
    neutral.states.map((s) => s.state),
    ["MON"],
  );
  assert.ok(!groups.some((g) => g.duty === "nonaggression"));
});

test("summaryGroups prefers the answer's own summary, defend before join before neutral", () => {
  const own = [
    { duty: "neutral", beneficiary: "X", states: [{ state: "A" }] },
    { duty: "defend", beneficiary: "PRK", states: [{ state: "RUS" }] },
    { duty: "join", beneficiary: "USA", states: [] },
  ];
  assert.deepEqual(
    summaryGroups({ ...SEED, summary: own }).map((g) => g.duty),
    ["defend", "neutral"],
  );
  assert.deepEqual(
    summaryGroups(SEED).map((g) => g.duty),
    ["defend", "neutral"],
  );
});

test("summaryGroups leaves out the attackers and targets themselves", () => {
  const own = [
    { duty: "join", beneficiary: "GMY", states: [{ state: "ITA" }] },
    { duty: "join", beneficiary: "ITA", states: [{ state: "GMY" }] },
  ];
  const a = { ...SEED, summary: own, scenario: { attackers: [{ state: "GMY" }], targets: [{ state: "POL" }] } };
  assert.deepEqual(
    summaryGroups(a).map((g) => g.beneficiary),
    ["GMY"],
  );
});

test("compactGroup puts the states of one treaty and article together (NATO's 31 in one line)", () => {
  const nato = treaty("north-atlantic-1949", "NATO", "5");
  const g = {
    duty: "defend",
    beneficiary: "FIN",
    states: [
      ...["USA", "UKG", "GMY"].map((s) => ({
        state: s,
        name: s,
        status: "binding",
        grade: "discretionary",
        treaty: nato,
      })),
      {
        state: "AUS",
        name: "Austria",
        status: "conditional",
        grade: "automatic",
        treaty: treaty("eu-teu-42-7", "TEU", "42(7)"),
      },
    ],
  };
  const parts = compactGroup(g);
  assert.equal(parts.length, 2);
  assert.deepEqual(
    parts[0].states.map((s) => s.state),
    ["USA", "UKG", "GMY"],
  );
  assert.equal(parts[0].status, "binding");
  assert.equal(parts[1].status, "conditional");
  assert.deepEqual(
    groupStates({ states: [...g.states, { state: "USA", status: "conditional" }] }).map((s) => s.state),
    ["USA", "UKG", "GMY", "AUS"],
  );
});

test("listNames: A, B and C; past five, 'and N more'", () => {
  assert.equal(listNames([]), "");
  assert.equal(listNames(["Russia"]), "Russia");
  assert.equal(listNames(["Russia", "China", "Cuba"]), "Russia, China and Cuba");
  assert.equal(
    listNames(["a", "b", "c", "d", "e", "f", "g"], { and: "और", more: (n) => `${n} अन्य` }),
    "a, b, c, d, e और 2 अन्य",
  );
});

test("the findings table's CSV: one row per finding, the JSON's field names", () => {
  const csv = rowsCSV(tableRows(SEED.findings.slice(0, 2)));
  const lines = csv.trimEnd().split("\r\n");
  assert.equal(
    lines[0],
    "state,state_name,duty,beneficiary,beneficiary_name,status,grade,treaty,treaty_name,article,round,via",
  );
  assert.equal(
    lines[1],
    "RUS,RUS,defend,PRK,North Korea,binding,automatic,rus-prk-2024,DPRK–Russia Treaty (2024),4,1,PRK",
  );
  assert.equal(lines.length, 3);
});
