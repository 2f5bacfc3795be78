"""Tests of the bundled ATOP codesheet passages (src/casus/data/upstream/atop/codesheet_passages.jsonl).

The file is produced by data-raw/extract_codesheet_passages.py; see CODESHEETS.md next to it.
"""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ATOP_DIR = ROOT / "src" / "casus" / "data" / "upstream" / "atop"
PASSAGES = ATOP_DIR / "codesheet_passages.jsonl"
ATOP_A = ATOP_DIR / "atop5_1a.csv"
SCRIPT = ROOT / "data-raw" / "extract_codesheet_passages.py"

FIELDS = (
    "q16_types",
    "q18_obligations",
    "q19_conditions",
    "q20_limits",
    "q22_other_limits",
    "q23_target",
    "q24_symmetry",
)
KEYS = {"atopid", "phase", "version", "file", *FIELDS}

# Codesheets whose alliance is not in ATOP 5.1 (atop5_1a.csv).  ATOP6065v4.pdf
# (Russia-Guyana, signed 2016-06-15) is in the codesheet collection but not in 5.1.
NOT_IN_ATOP51 = {6065}


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return PASSAGES.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def rows(lines) -> list[dict]:
    return [json.loads(line) for line in lines]


def _one(rows, atopid, phase=None) -> dict:
    hits = [r for r in rows if r["atopid"] == atopid and r["phase"] == phase]
    assert len(hits) == 1, (atopid, phase, hits)
    return hits[0]


def test_every_line_parses_with_expected_schema(lines):
    assert len(lines) == 767
    for line in lines:
        row = json.loads(line)
        assert KEYS <= set(row) <= KEYS | {"error"}
        assert isinstance(row["atopid"], int)
        assert row["phase"] is None or isinstance(row["phase"], int)
        assert row["version"] in ("v3", "v4")
        assert row["file"].startswith(f"ATOP{row['atopid']}") and row["file"].endswith(".pdf")
        for f in FIELDS:
            v = row[f]
            assert v is None or (isinstance(v, str) and v.strip() == v and v), (row["file"], f)
            if v:
                assert "  " not in v and "\n\n" not in v, (row["file"], f)


def test_sorted_and_unique(rows):
    keys = [(r["atopid"], r["phase"] or 0, r["version"]) for r in rows]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert len({r["atopid"] for r in rows}) == 745


def test_nato_obligations_and_limits(rows):
    nato = _one(rows, 3180)
    assert nato["version"] == "v4"
    assert "armed attack against one or more of them" in nato["q18_obligations"]
    assert "Tropic of Cancer" in nato["q20_limits"]
    assert nato["q19_conditions"] == "Specific Location"


def test_china_dprk_1961(rows):
    q18 = _one(rows, 3445)["q18_obligations"]
    assert q18
    assert "military" in q18 and "assistance" in q18


def test_question_wording_removed(rows):
    for r in rows:
        q18 = r["q18_obligations"] or ""
        assert "contingent upon" not in q18, r["file"]
        assert not q18.startswith("Describe the obligations"), r["file"]
        for f in FIELDS:
            v = r[f] or ""
            assert "(List all that apply" not in v, (r["file"], f)
            assert "(Yes, No)" not in v, (r["file"], f)


def test_page_number_inside_question_wording_is_dropped(rows):
    # ATOP4175.2v4: a page footer "3" splits the wording of question 19.
    r = next(r for r in rows if r["file"] == "ATOP4175.2v4.pdf")
    assert r["q19_conditions"] == "No."


def test_error_record_kept(rows):
    r = _one(rows, 3400)
    assert "error" in r
    assert all(r[f] is None for f in FIELDS)
    assert sum("error" in r for r in rows) == 1


def test_q18_coverage(rows):
    ok = [r for r in rows if "error" not in r]
    with_q18 = [r for r in ok if r["q18_obligations"]]
    assert len(with_q18) >= 0.95 * len(ok)


def test_atopids_exist_in_atop51(rows):
    if not ATOP_A.exists():
        pytest.skip("atop5_1a.csv not bundled")
    with ATOP_A.open(newline="", encoding="utf-8") as fh:
        known = {int(rec["atopid"]) for rec in csv.DictReader(fh)}
    missing = {r["atopid"] for r in rows} - known
    assert missing == NOT_IN_ATOP51


# --- the parser itself, on synthetic variants -------------------------------------------


@pytest.fixture(scope="module")
def extractor():
    spec = importlib.util.spec_from_file_location("extract_codesheet_passages", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SHEET = """\
16. Type of alliance (defense pact, neutrality pact, nonaggression pact, consultation pact, offense pact): (List all that apply to any
member of the alliance.)  Defense Pact
17. Type of alliance as coded in COW data (if applicable): N/A
18. Describe the obligations of the alliance partners.
Article I: "Each party will assist the other with all the means at its disposal if it is attacked by any third state whatsoever in
Europe." (Art.1).
Article II: the parties shall consult.
19. Are any of the obligations contingent upon any of the following: specific adversary, specific location, specific ongoing conflict,
 4
number of adversaries, noncompliance with a specific demand, attack, non-provocation of enemy, or prior agreement among partners?
(List all that apply) Yes- location.No.20. Describe the nature of the limits to obligations listed in #19: Europe only
21. Are there any additional provisions for assistance in the event of war? No
22. Are there any additional limits to the alliance obligations or conditions under which treaty obligations do not apply tha t were not
listed in #19? (Yes, No)  If Yes, describe.
23. Is a specific target/threat mentioned as the object of the treaty? No
24. Are the treaty obligations symmetric? Yes
25. Does the treaty prohibit members from settling conflicts independently (no separate peace)? No
"""


def test_parser_variants(extractor):
    problems: list[str] = []
    out = extractor.extract(SHEET, problems, "synthetic")
    assert problems == []
    assert out["q16_types"] == "Defense Pact"
    assert out["q18_obligations"].startswith('Article I: "Each party will assist the other')
    assert "whatsoever in Europe." in out["q18_obligations"]  # wrapped line joined
    assert out["q18_obligations"].endswith("(Art.1).\nArticle II: the parties shall consult.")
    assert out["q19_conditions"] == "Yes- location.No."  # glued "20." ends the answer
    assert out["q20_limits"] == "Europe only"
    assert out["q22_other_limits"] is None  # empty answer
    assert out["q23_target"] == "No"
    assert out["q24_symmetry"] == "Yes"
