#!/usr/bin/env python3
"""Make ``src/casus/data/upstream/atop/atop_directed_notes.csv``: where ATOP's member-level file and its directed
dyad-year data disagree in a way casus's rule does not explain (the kinds: ``casus.importers.atop_notes``).

Run from the repository root (``data-raw/rebuild.py`` runs it as part of a rebuild)::

    .venv/bin/python data-raw/atop_directed_notes.py                      # from the bundled files, in place
    .venv/bin/python data-raw/atop_directed_notes.py --members M --ddyr D -o OUT
    .venv/bin/python data-raw/atop_directed_notes.py --check              # the shipped table is up to date?

Inputs: the member-level file (``atop5_1m.csv``) and the directed dyad-year spells (``atop_ddyr_spells.csv``),
both as bundled under ``src/casus/data/upstream/atop/``.  The output is deterministic.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATOP = ROOT / "src" / "casus" / "data" / "upstream" / "atop"


def make(members: Path, ddyr: Path) -> str:
    """The table's CSV text, from these two files."""
    import pandas as pd

    from casus.importers.atop_directed import read_ddyr_spells
    from casus.importers.atop_notes import compute_notes, write_notes

    notes = compute_notes(pd.read_csv(members), read_ddyr_spells(ddyr))
    buf = io.StringIO()
    write_notes(notes, buf)
    return buf.getvalue()


def build(members: Path, ddyr: Path, out: Path) -> None:
    out.write_bytes(make(members, ddyr).encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    from casus.importers.atop_notes import NOTES_FILE

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--members", type=Path, default=ATOP / "atop5_1m.csv")
    ap.add_argument("--ddyr", type=Path, default=ATOP / "atop_ddyr_spells.csv")
    ap.add_argument("-o", "--output", type=Path, default=ATOP / NOTES_FILE)
    ap.add_argument("--check", action="store_true", help="change nothing: fail if the output differs")
    args = ap.parse_args(argv)
    text = make(args.members, args.ddyr)
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == text
        print(f"{'ok' if same else 'FAIL'}: {args.output}" + ("" if same else " is not what the script makes"))
        return 0 if same else 1
    args.output.write_bytes(text.encode("utf-8"))
    print(f"wrote {args.output} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
