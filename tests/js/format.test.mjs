// The page's pure helpers (src/casus/web/static/js/format.js), run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  buildHref,
  clampDate,
  commonDays,
  commonYears,
  csvField,
  dateForYear,
  dateProblem,
  dayBefore,
  errorMessages,
  fillTemplate,
  isoDate,
  isValidISODate,
  memberOn,
  needsArticleWord,
  safeUrl,
  scenarioHref,
  splitTemplate,
  toCSV,
  yearOf,
} from "../../src/casus/web/static/js/format.js";

test("isoDate writes a local day as YYYY-MM-DD, whatever the locale", () => {
  assert.equal(isoDate(new Date(2025, 0, 1)), "2025-01-01");
  assert.equal(isoDate(new Date(1914, 6, 28)), "1914-07-28");
  assert.equal(isoDate(new Date(1999, 11, 31, 23, 59)), "1999-12-31");
});

test("isValidISODate accepts real calendar days only", () => {
  for (const ok of ["2025-01-01", "1816-01-01", "2024-02-29", "2000-02-29", "1914-07-28"]) {
    assert.ok(isValidISODate(ok), ok);
  }
  for (const bad of [
    "0000-00-00",
    "2025-13-01",
    "2025-02-30",
    "1900-02-29",
    "2025-1-1",
    "01/02/2025",
    "",
    null,
    20250101,
  ]) {
    assert.ok(!isValidISODate(bad), String(bad));
  }
});

test("dateProblem says why a typed date cannot be asked", () => {
  assert.equal(dateProblem("2025-01-01", "1816-01-01", "2026-01-01"), "");
  assert.equal(dateProblem("1815-12-31", "1816-01-01", "2026-01-01"), "range");
  assert.equal(dateProblem("2027-01-01", "1816-01-01", "2026-01-01"), "range");
  assert.equal(dateProblem("2025-02-30"), "format");
  assert.equal(dateProblem("31/12/2024"), "format");
});

test("clampDate and dateForYear keep the slider inside the allowed days", () => {
  assert.equal(clampDate("1800-01-01", "1816-01-01", "2025-06-01"), "1816-01-01");
  assert.equal(clampDate("2030-01-01", "1816-01-01", "2025-06-01"), "2025-06-01");
  assert.equal(clampDate("1950-05-05", "1816-01-01", "2025-06-01"), "1950-05-05");
  assert.equal(dateForYear(1939, "2025-09-01", "1816-01-01", "2025-06-01"), "1939-09-01");
  assert.equal(dateForYear(2023, "2024-02-29"), "2023-02-28");
  assert.equal(dateForYear(1816, "nonsense"), "1816-01-01");
  assert.equal(dateForYear(2025, "2024-12-31", "1816-01-01", "2025-06-01"), "2025-06-01");
});

test("dayBefore crosses months, years and leap days", () => {
  assert.equal(dayBefore("1918-11-12"), "1918-11-11");
  assert.equal(dayBefore("2000-01-01"), "1999-12-31");
  assert.equal(dayBefore("2024-03-01"), "2024-02-29");
});

test("yearOf gives a fractional year", () => {
  assert.equal(yearOf(null), null);
  assert.equal(yearOf("junk"), null);
  assert.ok(Math.abs(yearOf("1914") - 1914) < 0.01);
  assert.ok(yearOf("1914-07-28") > 1914.5 && yearOf("1914-07-28") < 1914.6);
});

test("commonYears: the years in which attacker and target both existed", () => {
  const auh = [{ start: "1816-01-01", end: "1918-11-12" }];
  const srb = [
    { start: "1878-07-13", end: "1941-04-20" },
    { start: "1944-10-20", end: null },
  ];
  const usa = [{ start: "1816-01-01", end: null }];
  const prk = [{ start: "1948-09-09", end: null }];
  assert.deepEqual(commonYears([auh, srb], 2026), [1878, 1918]);
  assert.deepEqual(commonYears([usa, prk], 2026), [1948, 2026]);
  assert.deepEqual(commonYears([], 2026), [1816, 2026]);
  assert.equal(commonYears([auh, prk], 2026), null);
});

test("memberOn reads membership spans (end day included)", () => {
  const pol = [
    { start: "1918-11-03", end: "1939-09-27" },
    { start: "1945-06-28", end: null },
  ];
  assert.ok(memberOn(pol, "1939-09-01"));
  assert.ok(!memberOn(pol, "1942-01-01"));
  assert.ok(memberOn(pol, "2025-01-01"));
  assert.ok(memberOn(pol, "1939-09-27")); // COW end days are inclusive
  assert.ok(!memberOn(pol, "1939-09-28"));
  assert.ok(!memberOn([], "2000-01-01"));
});

test("safeUrl keeps http(s) links only", () => {
  assert.equal(safeUrl("https://example.org/a?b=c"), "https://example.org/a?b=c");
  assert.equal(safeUrl("http://atopdata.org"), "http://atopdata.org");
  for (const bad of ["javascript:alert(1)", "data:text/html,x", "//evil.example", 'https://x.org/"><img', null, 5]) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});

test("buildHref keeps only non-empty params and the language", () => {
  assert.equal(buildHref("/", { by: "USA", on: "PRK", date: "2025-01-01" }, "en"), "/?by=USA&on=PRK&date=2025-01-01");
  assert.equal(buildHref("/", { by: "", on: "SRB", date: null }, "hi"), "/?on=SRB&lang=hi");
  assert.equal(buildHref("/treaty/rus-prk-2024", null, "en"), "/treaty/rus-prk-2024");
  assert.equal(
    buildHref("/", { by: "अमेरिका" }, "en"),
    "/?by=%E0%A4%85%E0%A4%AE%E0%A5%87%E0%A4%B0%E0%A4%BF%E0%A4%95%E0%A4%BE",
  );
  assert.equal(buildHref("/", { on: "a&b=c" }, "en"), "/?on=a%26b%3Dc");
});

test("scenarioHref turns a news event into the question it implies", () => {
  const ev = { against: ["RUS"], parties: ["POL", "LIT"], date: "2025-03-01" };
  assert.equal(scenarioHref(ev, "en"), "/?by=RUS&on=POL%2CLIT&date=2025-03-01");
  assert.equal(scenarioHref({ ...ev, date: null }, "hi"), "/?by=RUS&on=POL%2CLIT&lang=hi");
  assert.equal(scenarioHref({ against: [], parties: ["POL"] }, "en"), null);
});

test("templates: fill as text, or split around placeholders for nodes", () => {
  assert.equal(fillTemplate("{a} attacks {b}", { a: "X", b: "Y" }), "X attacks Y");
  assert.equal(fillTemplate("{a} and {zzz}", { a: "<b>" }), "<b> and {zzz}");
  assert.equal(fillTemplate("plain", undefined), "plain");
  const node = { tag: "strong" };
  assert.deepEqual(splitTemplate("bound to defend {b} now", { b: node }), ["bound to defend ", node, " now"]);
  assert.deepEqual(splitTemplate("{b}", { b: node }), [node]);
  assert.deepEqual(splitTemplate("{x}", {}), ["{x}"]);
});

test("needsArticleWord: numbers and roman numerals get 'Art.'", () => {
  assert.ok(needsArticleWord("4"));
  assert.ok(needsArticleWord("IV"));
  assert.ok(needsArticleWord(5));
  assert.ok(!needsArticleWord("Preamble"));
  assert.ok(!needsArticleWord("Sec. 2"));
});

test("errorMessages reads FastAPI-shaped bodies", () => {
  const body = { detail: [{ loc: ["query", "on"], msg: "unknown state 'X'", type: "unknown_state" }] };
  assert.deepEqual(errorMessages(body, 422, "no answer"), [
    { field: "on", msg: "unknown state 'X'", type: "unknown_state" },
  ]);
  assert.deepEqual(errorMessages({ detail: "boom" }, 500, "no answer"), [{ field: "", msg: "boom" }]);
  assert.deepEqual(errorMessages(null, 0, "no answer"), [{ field: "", msg: "no answer (HTTP 0)" }]);
});

test("CSV: quoted where needed, no spreadsheet formulas", () => {
  assert.equal(csvField("Russia"), "Russia");
  assert.equal(csvField('say "yes", twice'), '"say ""yes"", twice"');
  assert.equal(csvField("line\nbreak"), '"line\nbreak"');
  assert.equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(csvField(null), "");
  assert.equal(csvField(4), "4");
  assert.equal(toCSV(["a", "b"], [["1", "x,y"]]), 'a,b\r\n1,"x,y"\r\n');
});

test("commonDays: the exact days both states existed (the slider's ends)", () => {
  const auh = [{ start: "1816-01-01", end: "1918-11-12" }];
  const srb = [
    { start: "1878-07-13", end: "1941-04-20" },
    { start: "1944-10-20", end: null },
  ];
  const gmy = [
    { start: "1816-01-01", end: "1945-05-08" },
    { start: "1990-10-03", end: null },
  ];
  const pol = [
    { start: "1918-11-03", end: "1939-09-27" },
    { start: "1945-06-28", end: null },
  ];
  assert.deepEqual(commonDays([auh, srb], "2026-11-28"), ["1878-07-13", "1918-11-12"]);
  assert.deepEqual(commonDays([gmy, pol], "2026-11-28"), ["1918-11-03", "2026-11-28"]);
  assert.deepEqual(commonDays([], "2026-11-28"), ["1816-01-01", "2026-11-28"]);
  assert.equal(commonDays([auh, [{ start: "1948-09-09", end: null }]], "2026-11-28"), null);
});
