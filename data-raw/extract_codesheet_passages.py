#!/usr/bin/env python3
"""Extract the quotable answers to ATOP codesheet questions 16-24.

Input: the pypdf text of the ATOP codesheets (one JSON record per PDF), see
``docs/sources/data-sources.md`` section 1, "ATOP codesheets".

Output: ``src/casus/data/upstream/atop/codesheet_passages.jsonl``, one JSON
object per input record, sorted by (atopid, phase, version), holding the answer
text (question wording removed) of questions 16, 18, 19, 20, 22, 23 and 24.

Run from the repository root::

    .venv/bin/python data-raw/extract_codesheet_passages.py INPUT [-o OUTPUT]

How a question is found
-----------------------
A question is located by its number AND a keyword of its wording (``18.`` +
"Describe the obligations"), searched in order after the previous question, at
the start of a line first and, failing that, anywhere (numbers glued to the
preceding answer, e.g. ``No.20. Describe``).  Its answer runs up to the next
question header found in sequence (17 ends 16, 19 ends 18, ... 25 ends 24; if
the next one is missing, the one after it, and so on).

How the wording is removed
--------------------------
Each question's wording is matched with a regex built from the canonical v3/v4
wording.  Any whitespace is allowed between characters (pypdf sometimes splits
words: "app ly", "tha t"), trailing parenthetical parts are optional (some
sheets shorten the wording: "24. Are the treaty obligations symmetric? Yes"),
and the final "." / ":" is optional.  If the full wording cannot be matched the
keyword part is removed and the record is reported on stderr.

Normalisation (nothing else is changed; these are quotes)
---------------------------------------------------------
* lines consisting only of a 1-2 digit number (page footers) are dropped;
* lines are joined into paragraphs: a paragraph ends at a blank line, after a
  line that is clearly shorter than the sheet's full line width, or before an
  indented line that follows a line ending in terminal punctuation; wrapped
  lines are joined with one space (no space after a line-final hyphen that is
  glued to a word, e.g. "self-" + "defense");
* runs of spaces/tabs collapse to one space; paragraphs are stripped and joined
  with "\\n";
* an answer with no letter or digit (empty, ".", "-") becomes null.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT_OUTPUT = Path("src/casus/data/upstream/atop/codesheet_passages.jsonl")

# question number -> (keyword regex source, canonical wording as [core, optional parts...])
# The wording strings are turned into whitespace-tolerant regexes by _wording_regex;
# A "~" in a wording string stands for an optional hyphen ("non~provocation").
QUESTIONS: dict[int, tuple[str, list[str]]] = {
    16: (
        r"Type of alliance \(defense",
        [
            "Type of alliance (defense pact, neutrality pact, nonaggression pact, "
            "consultation pact, offense pact)",
            ":",
            "(List all that apply to any member of the alliance.)",
        ],
    ),
    17: (r"Type of alliance as coded", ["Type of alliance as coded in COW data", "(if applicable)"]),
    18: (r"Describe the obligations", ["Describe the obligations of the alliance partners"]),
    19: (
        r"Are any of the obligations contingent",
        [
            "Are any of the obligations contingent upon any of the following: specific "
            "adversary, specific location, specific ongoing conflict, number of "
            "adversaries, noncompliance with a specific demand, attack, non~provocation "
            "of enemy, or prior agreement among partners?",
            "(List all that apply)",
        ],
    ),
    20: (
        r"Describe the nature of the limits",
        ["Describe the nature of the limits to obligations listed in #19"],
    ),
    21: (
        r"Are there any additional provisions",
        [
            "Are there any additional provisions for assistance in the event of war?",
            "(e.g., promise not to participate in economic sanctions against partner, "
            "promise not to aid internal or external enemies, etc.)",
            "(Yes, No)",
            "If Yes, describe.",
        ],
    ),
    22: (
        r"Are there any additional limits",
        [
            "Are there any additional limits to the alliance obligations or conditions "
            "under which treaty obligations do not apply that were not listed in #19?",
            "(Yes, No)",
            "If Yes, describe.",
        ],
    ),
    23: (
        r"Is a specific target",
        [
            "Is a specific target/threat mentioned as the object of the treaty?",
            "(Yes, No)",
            "(Answering Yes to this question does not necessarily mean that obligations "
            "are limited only to this adversary.)",
            "If Yes, list the target nation(s) (using COW country codes if possible) and "
            "describe the general nature of the reference to the target of the treaty.",
        ],
    ),
    24: (
        r"Are the treaty obligations symmetric",
        [
            "Are the treaty obligations symmetric?",
            "(That is, do all members commit to the same obligations?)",
            "(Yes, No)",
            "If No, describe.",
        ],
    ),
    25: (r"Does the treaty prohibit members", []),
    26: (r"Does the treaty have provisions", []),
    27: (r"Does the treaty specify", []),
    28: (r"Additional coder comments", []),
}

FIELDS = {
    16: "q16_types",
    18: "q18_obligations",
    19: "q19_conditions",
    20: "q20_limits",
    22: "q22_other_limits",
    23: "q23_target",
    24: "q24_symmetry",
}

WS = r"\s*"


def _flex(text: str) -> str:
    """Regex for ``text`` allowing any whitespace between characters."""
    out = []
    for ch in text:
        if ch.isspace():
            continue
        if ch == "~":
            out.append("-?")
        else:
            out.append(re.escape(ch))
    return WS.join(out)


def _wording_regex(parts: list[str]) -> re.Pattern[str]:
    core, *optional = parts
    rx = _flex(core) + "".join(f"(?:{WS}{_flex(p)})?" for p in optional)
    # optional final punctuation (". " / ": "), the rest is answer
    return re.compile(rx + r"(?:[ \t]*[.:])?", re.IGNORECASE)


def _keyword_regex(kw: str) -> str:
    return kw.replace(" ", r"\s+")


HEADER_LINE = {
    q: re.compile(rf"(?m)^[ \t]*{q}[ \t]*\.[ \t]*(?={_keyword_regex(kw)})", re.IGNORECASE)
    for q, (kw, _) in QUESTIONS.items()
}
HEADER_ANY = {
    q: re.compile(rf"(?<!\d){q}[ \t]*\.[ \t]*(?={_keyword_regex(kw)})", re.IGNORECASE)
    for q, (kw, _) in QUESTIONS.items()
}
WORDING = {q: _wording_regex(parts) for q, (_, parts) in QUESTIONS.items() if parts}
KEYWORD = {q: re.compile(_keyword_regex(kw), re.IGNORECASE) for q, (kw, _) in QUESTIONS.items()}
SECTION_III = re.compile(r"SECTION\s+III\b")
PAGE_NUMBER_LINE = re.compile(r"^[ \t]*\d{1,2}[ \t]*$")
TERMINAL = re.compile(r"[.:;!?”\"’')\]]\s*$")
HAS_WORD = re.compile(r"\w")


def find_headers(text: str) -> dict[int, tuple[int, int]]:
    """Return {question: (header_start, wording_start)} for questions 16..28, in sequence."""
    found: dict[int, tuple[int, int]] = {}
    pos = 0
    for q in sorted(QUESTIONS):
        m = HEADER_LINE[q].search(text, pos) or HEADER_ANY[q].search(text, pos)
        if m:
            found[q] = (m.start(), m.end())
            pos = m.end()
    return found


def _width(line: str) -> float:
    """Approximate printed width of a line in average-character units.

    Capitals print wider than lower case (all-caps passages wrap at ~95 characters
    where mixed text wraps at ~130), so they count 1.35.
    """
    line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
    return sum(1.35 if c.isupper() else 1.0 for c in line)


def line_width(text: str) -> float:
    """Full line width of a sheet (90th percentile of its line widths)."""
    widths = sorted(_width(ln) for ln in text.split("\n") if ln.strip())
    if not widths:
        return 100.0
    return widths[int(0.9 * (len(widths) - 1))]


def _paragraph_break(prev: str, nxt: str, width: float) -> bool:
    """Does ``prev`` end a paragraph (rather than wrap into ``nxt``)?

    A wrapped line is one the next word would not have fitted onto.  After a line
    ending in terminal punctuation, a break is assumed if the next word would have
    fitted (ratio < 0.95) or the next line is indented; after any other line only
    if the line is clearly short (ratio < 0.6; list items such as "Defense Pact").
    """
    ratio = (_width(prev) + 1 + _width(nxt.split()[0])) / width
    if TERMINAL.search(prev):
        return ratio < 0.95 or nxt[:1] in (" ", "\t")
    return ratio < 0.6


def normalise(raw: str, width: float) -> str | None:
    lines = [ln for ln in raw.split("\n") if not PAGE_NUMBER_LINE.match(ln)]
    paragraphs: list[str] = []
    current = ""
    prev: str | None = None  # previous non-blank line (raw), None after a blank line
    for ln in lines:
        if not ln.strip():
            if current:
                paragraphs.append(current)
            current, prev = "", None
            continue
        piece = re.sub(r"[ \t\u00a0]+", " ", ln).strip()
        if prev is None:
            current = piece
        elif _paragraph_break(prev, ln, width):
            paragraphs.append(current)
            current = piece
        elif re.search(r"\w-$", current):
            current += piece
        else:
            current += " " + piece
        prev = ln
    if current:
        paragraphs.append(current)
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    out = "\n".join(paragraphs)
    return out if HAS_WORD.search(out) else None


def extract(text: str, problems: list[str], label: str) -> dict[str, str | None]:
    result: dict[str, str | None] = {f: None for f in FIELDS.values()}
    if not text or not text.strip():
        return result
    headers = find_headers(text)
    width = line_width(text)
    sec3 = SECTION_III.search(text)
    for q, field in FIELDS.items():
        if q not in headers:
            problems.append(f"{label}: question {q} not found")
            continue
        _, body_start = headers[q]
        later = [headers[n][0] for n in sorted(headers) if n > q]
        if later:
            end = later[0]
        elif sec3 and sec3.start() > body_start:
            end = sec3.start()
        else:
            end = len(text)
        segment = text[body_start:end]
        # page-number lines may interrupt the wording itself (ATOP4175.2v4, Q19)
        segment = "\n".join(ln for ln in segment.split("\n") if not PAGE_NUMBER_LINE.match(ln))
        m = WORDING[q].match(segment)
        if m is None:
            m = KEYWORD[q].match(segment)
            problems.append(f"{label}: question {q} wording not matched; removed keyword only")
        answer = segment[m.end():] if m else segment
        result[field] = normalise(answer, width)
    return result


def version_of(suffix: str | None) -> str:
    if suffix is None:
        return "v3"
    if suffix.lower().startswith("v4"):
        return "v4"
    raise ValueError(f"unknown version suffix {suffix!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", type=Path,
                    help="the ATOP codesheets as pypdf text (atop_codesheets_text.jsonl; docs/sources/data-sources.md)")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    args = ap.parse_args(argv)

    records = [json.loads(ln) for ln in args.input.read_text(encoding="utf-8").splitlines() if ln.strip()]
    problems: list[str] = []
    rows = []
    for rec in records:
        phase = int(rec["phase_suffix"]) if rec.get("phase_suffix") not in (None, "") else None
        row: dict = {
            "atopid": int(rec["atopid"]),
            "phase": phase,
            "version": version_of(rec.get("version_suffix")),
            "file": rec["file"],
        }
        row.update(extract(rec.get("text") or "", problems, rec["file"]))
        if rec.get("error"):
            row["error"] = rec["error"]
        rows.append(row)
    rows.sort(key=lambda r: (r["atopid"], r["phase"] if r["phase"] is not None else 0, r["version"], r["file"]))

    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

    # report
    n_text = sum(1 for rec in records if (rec.get("text") or "").strip())
    print(f"wrote {len(rows)} records to {args.output} ({args.output.stat().st_size} bytes)")
    print(f"records with non-empty text: {n_text}")
    for field in FIELDS.values():
        n = sum(1 for r in rows if r[field] is not None)
        print(f"  {field:18s} non-null {n:4d}  ({100 * n / n_text:.1f}% of records with text)")
    missing = sorted({r["atopid"] for r in rows if r["q18_obligations"] is None})
    print(f"atopids without q18: {missing}")
    for p in problems:
        print("problem:", p, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
