#!/usr/bin/env python3
"""Rebuild every bundled upstream data file from the upstream release files, with checksums.

Run from the repository root::

    .venv/bin/python data-raw/rebuild.py --check                       # bundled files vs CHECKSUMS.sha256
    .venv/bin/python data-raw/rebuild.py --from UPSTREAM --check        # rebuild in a scratch folder, compare
    .venv/bin/python data-raw/rebuild.py --from UPSTREAM                # rebuild into the package, rewrite
                                                                        #   data-raw/CHECKSUMS.sha256

``UPSTREAM`` is a folder holding the upstream release files (any layout: each input is found by its
file name, searched recursively; the names are listed in :data:`OUTPUTS` and in ``docs/updating-atop.md``;
the ATOP file names and version come from the ``atop`` entry of ``src/casus/data/sources.yaml``).
Nothing here is needed at run time: casus reads only the outputs, which are committed.

``--check`` without ``--from`` needs no upstream file: it hashes the bundled outputs and compares them
with ``data-raw/CHECKSUMS.sha256`` (the same check as ``sha256sum -c data-raw/CHECKSUMS.sha256``), and
fails if a data file under ``src/casus/data/upstream/`` is not listed there.

What each output is (see each folder's ``PROVENANCE.md`` for names, versions and citations):

* byte-for-byte copies: the ATOP alliance and member files, COW Inter-State War v4.0, the Maoz directed
  dyadic war file, the COW state list;
* gzip of a byte-for-byte copy (``mtime`` 0, level 9, so the same input gives the same bytes): COW
  Formal Alliances v4.1 by dyad, GML MID 2.1 participants, and peacesciencer's ``cow_contdir``,
  ``cow_capitals`` and ``gw_states`` tables (their CSV conversions);
* byte-for-byte copies, too: the COW major powers (v2016) and peacesciencer's ``td_rivalries`` (Thompson &
  Dreyer's strategic rivalries, its CSV conversion), used by the reliability model (``casus reliability``);
* derived: ``atop_ddyr_spells.csv``: peacesciencer's ``atop_alliance`` (ATOP's directed dyad-year
  obligations, 273,296 rows) stored as runs of consecutive years with the same flags — lossless, see
  :func:`ddyr_spells` — and ``atop_directed_notes.csv``, made from it and the ATOP member file by
  ``data-raw/atop_directed_notes.py`` (where the two disagree);
* derived: ``codesheet_passages.jsonl`` (by ``data-raw/extract_codesheet_passages.py``),
  ``cow_mindist_spells.csv.gz``: peacesciencer's ``cow_mindist`` (952,244 dyad-years) stored as runs of
  consecutive years with the same distance — lossless, see :func:`mindist_spells` — and
  ``cow_nmc_cinc.csv.gz``: three columns (ccode, year, cinc) of peacesciencer's ``cow_nmc``, see
  :func:`nmc_cinc`.

If zlib on another machine compresses differently, a rebuilt ``.gz`` may differ in bytes and not in
content; ``--from … --check`` then says so and does not fail.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "casus" / "data"
CHECKSUMS = ROOT / "data-raw" / "CHECKSUMS.sha256"



def atop_release() -> tuple[str, str, str]:
    """(version, alliance-level file, member-level file) of the bundled ATOP release, as the ``atop`` entry of
    ``src/casus/data/sources.yaml`` names them (``version``; ``files``: the ``upstream/atop/*a.csv`` and
    ``*m.csv``) — the one place to change when moving to a new release (docs/updating-atop.md)."""
    import yaml

    entries = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))["datasets"]
    atop = next(d for d in entries if d["id"] == "atop")
    names = [Path(f).name for f in atop["files"] if f.startswith("upstream/atop/") and f.endswith(".csv")]
    alliance = [n for n in names if n.endswith("a.csv")]
    member = [n for n in names if n.endswith("m.csv")]
    if len(alliance) != 1 or len(member) != 1:
        raise SystemExit("sources.yaml: the atop entry's files must name one upstream/atop/…a.csv and one …m.csv")
    return str(atop["version"]), alliance[0], member[0]


ATOP_VERSION, ATOP_ALLIANCE_FILE, ATOP_MEMBER_FILE = atop_release()
#: Files under src/casus/data/upstream/ that are documentation, not data (not checksummed).
DOC_SUFFIXES = (".md",)


@dataclass(frozen=True)
class Output:
    """One bundled file: where it goes (under src/casus/data/), its upstream inputs, how it is made."""

    path: str
    inputs: tuple[str, ...]  # upstream file names, each found under --from (first name that exists)
    build: Callable[[Path, Path], None]  # (input file, output file); no inputs: (folder of the outputs, output file)


def copy(src: Path, out: Path) -> None:
    shutil.copyfile(src, out)


def gzip_copy(src: Path, out: Path) -> None:
    """gzip with a fixed header (no name, mtime 0) so that the same input gives the same bytes."""
    data = src.read_bytes()
    if src.suffix == ".gz":  # already compressed upstream: recompress the same content our way
        data = gzip.decompress(data)
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def mindist_spells(src: Path, out: Path) -> None:
    """peacesciencer's ``cow_mindist`` (ccode1, ccode2, year, mindist; ccode1 < ccode2) as spells.

    One row per run of consecutive years in which a dyad's minimum distance is exactly the same number:
    ``ccode1, ccode2, styear, endyear, mindist``.  Lossless: expanding the spells back gives every
    original row with the identical float (written with Python's shortest round-trip ``repr``), which
    is verified before writing.  Codes and years, stored upstream as floats, are written as integers.
    """
    import pandas as pd

    d = pd.read_csv(src)
    for c in ("ccode1", "ccode2", "year"):
        if not (d[c] == d[c].round()).all():
            raise ValueError(f"{src.name}: {c} is not a whole number everywhere")
        d[c] = d[c].astype("int64")
    d = d.sort_values(["ccode1", "ccode2", "year"], kind="stable").reset_index(drop=True)
    if d.duplicated(["ccode1", "ccode2", "year"]).any():
        raise ValueError(f"{src.name}: duplicate dyad-years")
    new = (d.ccode1.ne(d.ccode1.shift()) | d.ccode2.ne(d.ccode2.shift())
           | d.mindist.ne(d.mindist.shift()) | d.year.ne(d.year.shift() + 1))
    g = new.cumsum()
    spells = d.groupby(g, sort=False).agg(ccode1=("ccode1", "first"), ccode2=("ccode2", "first"),
                                          styear=("year", "first"), endyear=("year", "last"),
                                          mindist=("mindist", "first"))
    lines = ["ccode1,ccode2,styear,endyear,mindist"]
    lines += [f"{a},{b},{s},{e},{m!r}" for a, b, s, e, m in spells.itertuples(index=False)]
    text = "\n".join(lines) + "\n"
    back = pd.read_csv(io.StringIO(text))
    n = (back.endyear - back.styear + 1).to_numpy()
    if int(n.sum()) != len(d) or not (back.mindist.repeat(n).to_numpy() == d.mindist.to_numpy()).all():
        raise ValueError("mindist spells do not expand back to the input")
    out.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))


#: The obligation columns of ATOP's directed dyad-year table, in ATOP's order (as peacesciencer names them).
DDYR_FLAGS = ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")


def ddyr_spells(src: Path, out: Path) -> None:
    """ATOP's directed dyad-year obligations (peacesciencer's ``atop_alliance``: ccode1, ccode2, year and the
    five 0/1 flags; 273,296 rows) as spells.

    One row per run of consecutive years in which a directed dyad's five flags are the same —
    ``ccode1, ccode2, styear, endyear`` and the five flags — written as plain CSV (the package's cache
    fingerprint hashes ``.csv`` files, not ``.gz``).  Lossless: expanding the spells back gives every
    original row and flag, which is verified before writing.  Every row is kept, those with no flag set too.
    """
    import numpy as np
    import pandas as pd

    d = pd.read_csv(src)
    cols = ["ccode1", "ccode2", "year", *DDYR_FLAGS]
    if list(d.columns) != cols:
        raise ValueError(f"{src.name}: columns {list(d.columns)}, expected {cols}")
    for c in cols:
        if not (d[c] == d[c].round()).all():
            raise ValueError(f"{src.name}: {c} is not a whole number everywhere")
        d[c] = d[c].astype("int64")
    if not d[list(DDYR_FLAGS)].isin([0, 1]).all().all():
        raise ValueError(f"{src.name}: a flag is not 0 or 1")
    d = d.sort_values(["ccode1", "ccode2", "year"], kind="stable").reset_index(drop=True)
    if d.duplicated(["ccode1", "ccode2", "year"]).any():
        raise ValueError(f"{src.name}: duplicate dyad-years")
    new = d.ccode1.ne(d.ccode1.shift()) | d.ccode2.ne(d.ccode2.shift()) | d.year.ne(d.year.shift() + 1)
    for c in DDYR_FLAGS:
        new |= d[c].ne(d[c].shift())
    agg = {"ccode1": ("ccode1", "first"), "ccode2": ("ccode2", "first"), "styear": ("year", "first"),
           "endyear": ("year", "last"), **{c: (c, "first") for c in DDYR_FLAGS}}
    spells = d.groupby(new.cumsum(), sort=False).agg(**agg)
    text = spells.to_csv(index=False, lineterminator="\n")
    back = pd.read_csv(io.StringIO(text))
    n = (back.endyear - back.styear + 1).to_numpy()
    years = back.styear.repeat(n).to_numpy() + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    same = int(n.sum()) == len(d) and (years == d.year.to_numpy()).all()
    for c in ("ccode1", "ccode2", *DDYR_FLAGS):
        same = same and (back[c].repeat(n).to_numpy() == d[c].to_numpy()).all()
    if not same:
        raise ValueError("ATOP dyad-year spells do not expand back to the input")
    out.write_bytes(text.encode("ascii"))


def nmc_cinc(src: Path, out: Path) -> None:
    """Three columns of peacesciencer's ``cow_nmc`` (COW National Material Capabilities): ``ccode``, ``year``
    and ``cinc``, in the upstream row order; codes and years (floats upstream, ``2.0``) written as integers,
    ``cinc`` exactly as upstream writes it (a blank stays blank: missing).  gzip as :func:`gzip_copy`."""
    import csv

    with src.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    lines = ["ccode,year,cinc"]
    for r in rows:
        code, year = float(r["ccode"]), float(r["year"])
        if code != int(code) or year != int(year):
            raise ValueError(f"{src.name}: ccode or year not a whole number: {r['ccode']}, {r['year']}")
        lines.append(f"{int(code)},{int(year)},{r['cinc'].strip()}")
    text = "\n".join(lines) + "\n"
    out.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))


def atop_directed_notes(root: Path, out: Path) -> None:
    """The data-quality table, made by ``data-raw/atop_directed_notes.py`` from two outputs made before it (in
    ``root``, the folder the outputs are written to): the ATOP member file and the dyad-year spells."""
    script = ROOT / "data-raw" / "atop_directed_notes.py"
    atop = root / "upstream" / "atop"
    res = subprocess.run([sys.executable, str(script), "--members", str(atop / ATOP_MEMBER_FILE),
                          "--ddyr", str(atop / "atop_ddyr_spells.csv"), "-o", str(out)], capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(f"{script.name} failed:\n{res.stdout}\n{res.stderr}")


def codesheet_passages(src: Path, out: Path) -> None:
    """The quotable codesheet answers, by the project's own extraction script."""
    script = ROOT / "data-raw" / "extract_codesheet_passages.py"
    res = subprocess.run([sys.executable, str(script), str(src), "-o", str(out)], capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(f"{script.name} failed:\n{res.stdout}\n{res.stderr}")


OUTPUTS: tuple[Output, ...] = (
    Output(f"upstream/atop/{ATOP_ALLIANCE_FILE}", (ATOP_ALLIANCE_FILE,), copy),
    Output(f"upstream/atop/{ATOP_MEMBER_FILE}", (ATOP_MEMBER_FILE,), copy),
    Output("upstream/atop/codesheet_passages.jsonl", ("atop_codesheets_text.jsonl",), codesheet_passages),
    Output("upstream/atop/atop_ddyr_spells.csv", ("atop_alliance.csv.gz", "atop_alliance.csv"), ddyr_spells),
    Output("upstream/atop/atop_directed_notes.csv", (), atop_directed_notes),  # from the two outputs above
    Output("upstream/cow/Inter-StateWarData_v4.0.csv", ("Inter-StateWarData_v4.0.csv",), copy),
    Output("upstream/cow/directed_dyadic_war.csv", ("directed_dyadic_war.csv",), copy),
    Output("states/statelist2024.csv", ("statelist2024.csv",), copy),
    Output("upstream/cow_alliance/alliance_v4.1_by_dyad.csv.gz", ("alliance_v4.1_by_dyad.csv",), gzip_copy),
    Output("upstream/gml/gml-midb-2.1.csv.gz", ("gml-midb-2.1.csv",), gzip_copy),
    Output("upstream/cow_contdir/cow_contdir.csv.gz", ("cow_contdir.csv",), gzip_copy),
    Output("upstream/capitals/cow_capitals.csv.gz", ("cow_capitals.csv",), gzip_copy),
    Output("upstream/gw_states/gw_states.csv.gz", ("gw_states.csv",), gzip_copy),
    Output("upstream/cshapes_mindist/cow_mindist_spells.csv.gz", ("cow_mindist.csv.gz", "cow_mindist.csv"),
           mindist_spells),
    Output("upstream/cow_majors/majors2016.csv", ("majors2016.csv",), copy),
    Output("upstream/td_rivalries/td_rivalries.csv", ("td_rivalries.csv",), copy),
    Output("upstream/cow_nmc/cow_nmc_cinc.csv.gz", ("cow_nmc.csv",), nmc_cinc),
)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_checksums() -> dict[str, str]:
    """Repository-relative path → sha256, from data-raw/CHECKSUMS.sha256."""
    out: dict[str, str] = {}
    if not CHECKSUMS.is_file():
        return out
    for line in CHECKSUMS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, path = line.split(maxsplit=1)
            out[path.strip().lstrip("*")] = digest
    return out


def write_checksums() -> None:
    lines = [f"{sha256(DATA / o.path)}  {rel(DATA / o.path)}" for o in OUTPUTS]
    CHECKSUMS.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def bundled_data_files() -> list[Path]:
    """Every data file under src/casus/data/upstream/ (documentation excluded)."""
    return sorted(p for p in (DATA / "upstream").rglob("*")
                  if p.is_file() and p.suffix not in DOC_SUFFIXES and "__pycache__" not in p.parts)


def check_bundled() -> list[str]:
    """Problems with the bundled files against the checksums (empty: all good)."""
    sums = read_checksums()
    if not sums:
        return [f"{rel(CHECKSUMS)} is missing or empty"]
    problems = []
    for o in OUTPUTS:
        path = DATA / o.path
        key = rel(path)
        if not path.is_file():
            problems.append(f"{key}: missing")
        elif key not in sums:
            problems.append(f"{key}: not in {rel(CHECKSUMS)}")
        elif sha256(path) != sums[key]:
            problems.append(f"{key}: sha256 differs from {rel(CHECKSUMS)}")
    known = {rel(DATA / o.path) for o in OUTPUTS}
    problems += [f"{rel(p)}: bundled but not rebuilt by data-raw/rebuild.py" for p in bundled_data_files()
                 if rel(p) not in known]
    problems += [f"{p}: listed in {rel(CHECKSUMS)} but not an output" for p in sums if p not in known]
    return problems


def find_input(upstream: Path, names: tuple[str, ...]) -> Path:
    for name in names:
        hits = sorted(upstream.rglob(name))
        if len(hits) > 1 and len({sha256(h) for h in hits}) > 1:
            raise SystemExit(f"{name}: several different files under {upstream}: " + ", ".join(map(str, hits)))
        if hits:
            return hits[0]
    raise SystemExit(f"none of {', '.join(names)} found under {upstream}")


def same_content(a: Path, b: Path) -> bool:
    """Equal bytes, or (for .gz) equal decompressed bytes."""
    if not b.is_file():
        return False
    if a.read_bytes() == b.read_bytes():
        return True
    if a.suffix == ".gz":
        return gzip.decompress(a.read_bytes()) == gzip.decompress(b.read_bytes())
    return False


def rebuild(upstream: Path, dry_run: bool) -> list[str]:
    """Rebuild every output; with ``dry_run`` into a scratch folder, compared with the checksums."""
    sums = read_checksums()
    problems: list[str] = []
    print(f"ATOP {ATOP_VERSION}: {ATOP_ALLIANCE_FILE}, {ATOP_MEMBER_FILE} (from src/casus/data/sources.yaml)")
    with tempfile.TemporaryDirectory() as tmp:
        for o in OUTPUTS:
            target = DATA / o.path
            out = Path(tmp) / o.path if dry_run else target
            src = find_input(upstream, o.inputs) if o.inputs else out.parents[len(Path(o.path).parts) - 1]
            out.parent.mkdir(parents=True, exist_ok=True)
            o.build(src, out)
            digest, key = sha256(out), rel(target)
            if digest == sums.get(key):
                status = "same"
            elif dry_run and same_content(out, target) and sums.get(key) == sha256(target):
                status = "same content (the gzip bytes differ: another zlib)"
            else:
                status = "CHANGED" if key in sums else "NEW"
                if dry_run:
                    problems.append(f"{key}: rebuilt file differs from {rel(CHECKSUMS)}")
            print(f"{status:8s} {key}  ({out.stat().st_size:,} bytes)  <- {src.name}")
    if not dry_run:
        write_checksums()
        print(f"wrote {rel(CHECKSUMS)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="upstream", type=Path,
                    help="folder with the upstream release files (searched recursively by file name)")
    ap.add_argument("--check", action="store_true",
                    help="change nothing: compare with data-raw/CHECKSUMS.sha256 (with --from: rebuild in a "
                         "scratch folder and compare the result)")
    args = ap.parse_args(argv)
    if args.upstream is None and not args.check:
        ap.error("give --from UPSTREAM (rebuild) and/or --check")
    if args.upstream is not None and not args.upstream.is_dir():
        ap.error(f"{args.upstream} is not a folder")
    problems = rebuild(args.upstream, dry_run=args.check) if args.upstream is not None else []
    if args.check:
        problems += check_bundled()
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    if args.check and not problems:
        print(f"ok: {len(OUTPUTS)} bundled files match {rel(CHECKSUMS)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
