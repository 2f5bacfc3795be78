// The map's table of former states (src/casus/web/static/data/territories.json) and its resolution
// (src/casus/web/static/js/territories.js).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { areaOf, claimsByKey, eraOn, ownKey, resolveTerritories } from "../../src/casus/web/static/js/territories.js";

const STATIC = new URL("../../src/casus/web/static/", import.meta.url);
const table = JSON.parse(readFileSync(new URL("data/territories.json", STATIC), "utf8"));
const atlas = JSON.parse(readFileSync(new URL("vendor/world-atlas/countries-110m.json", STATIC), "utf8"));
const FEATURES = new Set(
  atlas.objects.countries.geometries.map((g) => (g.id ? String(g.id) : `name:${g.properties.name}`)),
);

// a few states of /api/states, as it answers (spans end on their last day)
const span = (start, end = null) => ({ start, end });
const st = (state, ccode, iso_num, name, spans, current = true) => ({ state, ccode, iso_num, name, spans, current });
const STATES = [
  st("GMY", 255, "276", "Germany", [span("1816-01-01", "1945-05-08"), span("1990-10-03")]),
  st("GFR", 260, null, "West Germany", [span("1955-05-05", "1990-10-02")], false),
  st("GDR", 265, null, "East Germany", [span("1954-03-25", "1990-10-02")], false),
  st("POL", 290, "616", "Poland", [span("1918-11-03", "1939-09-27"), span("1945-06-28")]),
  st("AUH", 300, null, "Austria-Hungary", [span("1816-01-01", "1918-11-12")], false),
  st("AUS", 305, "040", "Austria", [span("1919-09-10", "1938-03-13"), span("1955-07-27")]),
  st("HUN", 310, "348", "Hungary", [span("1918-11-16")]),
  st("CZE", 315, null, "Czechoslovakia", [span("1918-10-28", "1939-03-15"), span("1945-05-10", "1992-12-31")], false),
  st("CZR", 316, "203", "Czechia", [span("1993-01-01")]),
  st("SLO", 317, "703", "Slovakia", [span("1993-01-01")]),
  st("CRO", 344, "191", "Croatia", [span("1992-01-15")]),
  st("SRB", 345, "688", "Serbia", [
    span("1878-07-13", "1941-04-20"),
    span("1944-10-20", "2006-06-03"),
    span("2006-06-03"),
  ]),
  st("BOS", 346, "070", "Bosnia & Herzegovina", [span("1992-04-07")]),
  st("KOS", 347, null, "Kosovo", [span("2008-02-20")]),
  st("SLV", 349, "705", "Slovenia", [span("1992-01-15")]),
  st("MNG", 341, "499", "Montenegro", [span("2006-06-12")]),
  st("RUS", 365, "643", "Russia", [span("1816-01-01")]),
  st("EST", 366, "233", "Estonia", [span("1918-02-24", "1940-06-16"), span("1991-09-06")]),
  st("UKR", 369, "804", "Ukraine", [span("1991-12-26")]),
];

test("the table: schema, a basis, known features, well-formed eras", () => {
  assert.equal(table.schema, "casus.territories/1");
  assert.ok(table.basis.length > 200);
  for (const s of table.states) {
    assert.ok(Number.isInteger(s.ccode) && /^[A-Z]{3}$/.test(s.state), JSON.stringify(s).slice(0, 80));
    let last = "";
    for (const e of s.eras) {
      assert.match(e.from, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(e.to, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(e.from < e.to && e.from >= last, `${s.state} ${e.from}–${e.to}: eras in order, not overlapping`);
      last = e.to;
      assert.ok(e.note && e.iso.length, `${s.state} ${e.from}: a note and territory`);
      for (const item of e.iso) {
        const a = areaOf(item);
        assert.ok(FEATURES.has(a.iso), `${s.state} ${e.from}: ${a.iso} is a world-atlas feature`);
        if (a.part) assert.ok(a.clip.length >= 4 && a.clip.every((p) => p.length === 2), `${s.state}: clip ring`);
      }
    }
  }
});

test("no two states of the table hold the same land on the same day", () => {
  const claims = [];
  for (const s of table.states) {
    for (const e of s.eras) for (const item of e.iso) claims.push({ s: s.state, key: areaOf(item).key, e });
  }
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a.s === b.s || a.key !== b.key) continue;
      const overlap = a.e.from < b.e.to && b.e.from < a.e.to;
      assert.ok(!overlap, `${a.s} and ${b.s} both hold ${a.key} (${a.e.from}–${a.e.to} / ${b.e.from}–${b.e.to})`);
    }
  }
});

test("eraOn: from inclusive, to exclusive", () => {
  const auh = table.states.find((s) => s.state === "AUH");
  assert.equal(eraOn(auh, "1815-12-31"), null);
  assert.ok(eraOn(auh, "1816-01-01").iso.includes("040"));
  assert.ok(eraOn(auh, "1914-07-28").iso.includes("070"));
  assert.ok(eraOn(auh, "1918-11-12"));
  assert.equal(eraOn(auh, "1918-11-13"), null);
});

test("1914: Austria-Hungary is drawn on its successor states, Serbia on Serbia and Kosovo", () => {
  const r = resolveTerritories(table, STATES, "1914-07-28");
  const auh = r.get(300);
  assert.ok(auh.approx);
  assert.deepEqual(auh.areas.map((a) => a.key).sort(), ["040", "070", "191", "203", "348", "703", "705"]);
  const srb = r.get(345);
  assert.ok(srb.approx && srb.areas.some((a) => a.key === "688") && srb.areas.some((a) => a.key === "name:Kosovo"));
  assert.ok(!r.has(305) && !r.has(310) && !r.has(290), "Austria, Hungary and Poland are not states in 1914");
  assert.ok(
    r.get(365).areas.some((a) => a.key === "233"),
    "Estonia is the Russian Empire's",
  );
  const byKey = claimsByKey(r);
  assert.deepEqual(byKey.get("040"), [300]);
});

test("1939: the German Reich with Austria and Czechia; Poland on Poland; Estonia its own", () => {
  const r = resolveTerritories(table, STATES, "1939-09-01");
  assert.deepEqual(
    r
      .get(255)
      .areas.map((a) => a.key)
      .sort(),
    ["040", "203", "276"],
  );
  assert.ok(r.get(255).approx);
  assert.deepEqual(r.get(290), {
    ccode: 290,
    approx: false,
    era: null,
    areas: [{ key: "616", iso: "616", part: null, clip: null }],
  });
  assert.ok(!r.get(365).areas.some((a) => a.key === "233"), "Estonia is a member in 1939, so not the Soviet Union's");
  assert.ok(r.get(365).areas.some((a) => a.key === "804"));
  assert.ok(!r.has(315), "Czechoslovakia is not a state on 1939-09-01");
});

test("the Cold War: two Germanies on two parts of Germany; the Soviet Union on its 15 republics", () => {
  const r = resolveTerritories(table, STATES, "1970-01-01");
  assert.deepEqual(
    r.get(260).areas.map((a) => a.key),
    ["276:west"],
  );
  assert.deepEqual(
    r.get(265).areas.map((a) => a.key),
    ["276:east"],
  );
  assert.ok(!r.has(255));
  assert.equal(r.get(365).areas.length, 15);
  assert.deepEqual(
    r.get(315).areas.map((a) => a.key),
    ["203", "703"],
  );
  // after 1991 the successors are their own
  const after = resolveTerritories(table, STATES, "2025-01-01");
  assert.deepEqual(
    after.get(365).areas.map((a) => a.key),
    ["643"],
  );
  assert.equal(after.get(365).approx, false);
  assert.deepEqual(
    after.get(347).areas.map((a) => a.key),
    ["name:Kosovo"],
  );
});

test("Yugoslavia loses each republic on the day it becomes a member", () => {
  const before = resolveTerritories(table, STATES, "1991-12-31")
    .get(345)
    .areas.map((a) => a.key);
  const after = resolveTerritories(table, STATES, "1992-02-01")
    .get(345)
    .areas.map((a) => a.key);
  assert.ok(before.includes("191") && before.includes("705") && before.includes("070"));
  assert.ok(!after.includes("191") && !after.includes("705") && after.includes("070"));
});

test("a state in the answer is drawn even where its spans say it is not a member", () => {
  // /api/states gives Montenegro only its 2006 span, yet the 1914 answer counts it among Serbia's defenders
  assert.ok(!resolveTerritories(table, STATES, "1914-07-28").has(341));
  const r = resolveTerritories(table, STATES, "1914-07-28", new Set([341]));
  assert.deepEqual(
    r.get(341).areas.map((a) => a.key),
    ["499"],
  );
  assert.equal(ownKey({ iso_num: null, name: "Kosovo" }), "name:Kosovo");
});
