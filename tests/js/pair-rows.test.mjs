// A pair over time, the pure part (src/casus/web/static/js/pair-rows.js): rows, lanes, the year scale and
// its ticks, the arrow keys.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  assignLanes,
  DUTIES,
  directionOf,
  moveFrom,
  pairRows,
  setLanes,
  spanYears,
  yearScale,
  yearTicks,
} from "../../src/casus/web/static/js/pair-rows.js";

const RUS = { state: "RUS", ccode: 365, name: "Russia" };
const PRK = { state: "PRK", ccode: 731, name: "North Korea" };
const TODAY = "2026-06-30";
const span = (obligor, beneficiary, duty, start, end, treaty = "t", certain = true) => ({
  obligor,
  beneficiary,
  duty,
  start,
  end,
  certain,
  treaty: { id: treaty, short_name: treaty, article: null, atopid: null },
  clause: `${treaty}-c`,
});
// /api/pair?a=RUS&b=PRK, as the API sorts it (by start)
const RUS_PRK = [
  span("RUS", "PRK", "defend", "1961-07-06", "1996-09-09", "atop-3440"),
  span("RUS", "PRK", "nonaggression", "1961-07-06", "1996-09-09", "atop-3440"),
  span("PRK", "RUS", "defend", "1961-07-06", "1996-09-09", "atop-3440"),
  span("PRK", "RUS", "nonaggression", "1961-07-06", "1996-09-09", "atop-3440"),
  span("RUS", "PRK", "consult", "2000-02-09", "2024-12-03", "atop-4940"),
  span("PRK", "RUS", "consult", "2000-02-09", "2024-12-03", "atop-4940"),
  span("RUS", "PRK", "nonaggression", "2008-07-24", null, "atop-3755"),
  span("PRK", "RUS", "nonaggression", "2008-07-24", null, "atop-3755"),
  span("RUS", "PRK", "consult", "2024-12-04", null, "rus-prk-2024"),
  span("RUS", "PRK", "defend", "2024-12-04", null, "rus-prk-2024"),
  span("PRK", "RUS", "consult", "2024-12-04", null, "rus-prk-2024"),
  span("PRK", "RUS", "defend", "2024-12-04", null, "rus-prk-2024"),
];

test("directionOf: by abbreviation, by COW number, or by the other side", () => {
  assert.equal(directionOf(span("RUS", "PRK", "defend"), RUS, PRK), "ab");
  assert.equal(directionOf(span("PRK", "RUS", "defend"), RUS, PRK), "ba");
  // Serbia is "YUG" in 1950: the span's obligor is not the pair's abbreviation
  const SRB = { state: "SRB", ccode: 345, name: "Serbia" };
  assert.equal(directionOf(span("YUG", "RUS", "defend"), SRB, RUS), "ab");
  assert.equal(directionOf(span("RUS", "YUG", "defend"), SRB, RUS), "ba");
  const ccodeOf = (s) => ({ YUG: 345, RUS: 365 })[s];
  assert.equal(directionOf(span("YUG", "XXX", "defend"), SRB, RUS, ccodeOf), "ab");
  assert.equal(directionOf(span("XXX", "YUG", "defend"), RUS, SRB, ccodeOf), "ab");
});

test("pairRows: one row per direction and duty, a→b first, duties in order", () => {
  const rows = pairRows(RUS_PRK, RUS, PRK, TODAY);
  assert.deepEqual(
    rows.map((r) => [r.from.state, r.to.state, r.duty]),
    [
      ["RUS", "PRK", "defend"],
      ["RUS", "PRK", "nonaggression"],
      ["RUS", "PRK", "consult"],
      ["PRK", "RUS", "defend"],
      ["PRK", "RUS", "nonaggression"],
      ["PRK", "RUS", "consult"],
    ],
  );
  const defend = rows[0];
  assert.equal(defend.key, "ab-defend");
  assert.deepEqual(
    defend.spans.map((s) => [s.treaty.id, s.start, s.end, s.lane]),
    [
      ["atop-3440", "1961-07-06", "1996-09-09", 0],
      ["rus-prk-2024", "2024-12-04", null, 0],
    ],
  );
  assert.equal(defend.lanes, 1);
  // the consultation of 2000 ends the day before the 2024 treaty's begins: one lane
  assert.equal(rows[2].lanes, 1);
  // b→a when the pair is given the other way round
  assert.deepEqual(
    pairRows(RUS_PRK, PRK, RUS, TODAY).map((r) => r.from.state),
    ["PRK", "PRK", "PRK", "RUS", "RUS", "RUS"],
  );
  assert.deepEqual(pairRows([], RUS, PRK, TODAY), []);
  assert.deepEqual(pairRows(undefined, RUS, PRK, TODAY), []);
  assert.deepEqual(DUTIES, ["defend", "join", "neutral", "nonaggression", "consult"]);
});

test("pairRows: spans that overlap in time go on separate lanes; an unknown duty comes last", () => {
  const rows = pairRows(
    [
      span("RUS", "PRK", "mystery", "1950-01-01", null, "m"),
      span("RUS", "PRK", "defend", "1960-01-01", "1980-01-01", "a"),
      span("RUS", "PRK", "defend", "1970-01-01", null, "b"),
      span("RUS", "PRK", "defend", "1981-01-01", "1985-01-01", "c"),
      span("RUS", "PRK", "defend", "1975-01-01", "1976-01-01", "d"),
    ],
    RUS,
    PRK,
    TODAY,
  );
  assert.deepEqual(
    rows.map((r) => r.duty),
    ["defend", "mystery"],
  );
  assert.deepEqual(
    rows[0].spans.map((s) => [s.treaty.id, s.lane]),
    [
      ["a", 0],
      ["b", 1],
      ["d", 2],
      ["c", 0],
    ],
  );
  assert.equal(rows[0].lanes, 3);
});

test("assignLanes and setLanes: by any intervals, with a gap", () => {
  assert.deepEqual(
    assignLanes([
      [0, 10],
      [10, 20],
      [11, 12],
    ]),
    [0, 0, 1],
  );
  // two bars of a few pixels each, 1px apart, with a 3px gap: two lanes
  assert.deepEqual(
    assignLanes(
      [
        [100, 110],
        [111, 116],
      ],
      3,
    ),
    [0, 1],
  );
  assert.deepEqual(assignLanes([]), []);
  const row = setLanes({ spans: [{ id: 1 }, { id: 2 }] }, [
    [0, 5],
    [2, 3],
  ]);
  assert.deepEqual(
    row.spans.map((s) => s.lane),
    [0, 1],
  );
  assert.equal(row.lanes, 2);
});

test("spanYears: the end day counts; an open span runs to today", () => {
  const [from, to] = spanYears(span("RUS", "PRK", "defend", "2024-12-04", null), TODAY);
  assert.ok(from > 2024.9 && from < 2025);
  assert.ok(to > 2026.4 && to < 2026.6);
  const [a, b] = spanYears(span("RUS", "PRK", "defend", "2025-07-01", "2025-07-01"), TODAY);
  assert.ok(b > a, "a one-day span has a length");
});

test("yearScale and yearTicks", () => {
  const x = yearScale(1816, 2026, 10, 1010);
  assert.equal(x(1816), 10);
  assert.equal(x(2026), 1010);
  assert.equal(x(1921), 510);
  const wide = yearTicks(1816, 2026, 4.76);
  assert.equal(wide.step, 20);
  assert.deepEqual(wide.major.slice(0, 3), [1820, 1840, 1860]);
  assert.equal(wide.major.at(-1), 2020);
  assert.ok(wide.minor.includes(1830) && !wide.minor.includes(1840));
  assert.equal(yearTicks(1816, 2026, 10).step, 10);
  assert.equal(yearTicks(1816, 2026, 1.6).step, 50);
  assert.equal(yearTicks(1816, 2026, 0.2).step, 100);
});

test("moveFrom: the arrow keys, Home and End", () => {
  const rows = pairRows(RUS_PRK, RUS, PRK, TODAY);
  // row 0: RUS defend [1961, 2024]; row 1: RUS nonaggression [1961, 2008]; row 2: RUS consult [2000, 2024]
  assert.deepEqual(moveFrom(rows, 0, 0, "ArrowRight"), [0, 1]);
  assert.deepEqual(moveFrom(rows, 0, 1, "ArrowRight"), [1, 0]); // on to the next row
  assert.deepEqual(moveFrom(rows, 1, 0, "ArrowLeft"), [0, 1]);
  assert.equal(moveFrom(rows, 0, 0, "ArrowLeft"), null);
  assert.deepEqual(moveFrom(rows, 0, 1, "ArrowDown"), [1, 1]); // 2024 -> the nearest in time: 2008
  assert.deepEqual(moveFrom(rows, 1, 0, "ArrowDown"), [2, 0]); // 1961 -> 2000
  assert.deepEqual(moveFrom(rows, 1, 0, "ArrowUp"), [0, 0]);
  assert.equal(moveFrom(rows, 0, 0, "ArrowUp"), null);
  assert.equal(moveFrom(rows, 5, 1, "ArrowDown"), null);
  assert.equal(moveFrom(rows, 5, 1, "ArrowRight"), null);
  assert.deepEqual(moveFrom(rows, 3, 1, "Home"), [0, 0]);
  assert.deepEqual(moveFrom(rows, 0, 0, "End"), [5, 1]);
  assert.equal(moveFrom(rows, 0, 0, "a"), null);
  assert.equal(moveFrom([], 0, 0, "Home"), null);
});
