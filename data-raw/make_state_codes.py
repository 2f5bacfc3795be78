"""Generate ``src/casus/data/states/state_codes.csv`` (COW ccode -> ISO 3166-1).

Run once, by hand, from the repository root::

    .venv/bin/pip install pycountry
    .venv/bin/python data-raw/make_state_codes.py

The output is committed data; casus itself never imports ``pycountry``.

Method
------
For every distinct COW ``ccode`` in the bundled ``statelist2024.csv`` we take the
COW name of its latest spell and look it up with ``pycountry.countries.lookup``
(exact name, official name or code; no fuzzy search, which gives wrong answers
such as Hanover -> Jamaica).  ``MANUAL`` below overrides or completes that
lookup; every manual entry says why.  A state gets ISO codes only if it exists
today as an ISO 3166-1 country.  The script fails if any ccode is left
unresolved, and it checks every ISO code against pycountry.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
STATES = ROOT / "src" / "casus" / "data" / "states"
COW_CSV = STATES / "statelist2024.csv"
OUT_CSV = STATES / "state_codes.csv"

#: ccode -> (iso3 or None, note). Overrides the automatic lookup.
MANUAL: dict[int, tuple[str | None, str]] = {
    # COW names that pycountry does not know as written
    56: ("LCA", "COW 'St. Lucia'"),
    57: ("VCT", "COW 'St. Vincent and the Grenadines'"),
    58: ("ATG", "COW 'Antigua & Barbuda'"),
    60: ("KNA", "COW 'St. Kitts and Nevis'"),
    343: ("MKD", "COW 'Macedonia'; North Macedonia since 2019-02-12"),
    365: ("RUS", "includes the Russian Empire and the Soviet Union (1922-1991)"),
    402: ("CPV", "COW 'Cape Verde'; Cabo Verde"),
    437: ("CIV", "COW 'Ivory Coast'; Cote d'Ivoire"),
    490: ("COD", "COW 'Democratic Republic of the Congo'; Zaire 1971-1997"),
    572: ("SWZ", "COW 'Swaziland'; Eswatini since 2018"),
    640: ("TUR", "includes the Ottoman Empire (to 1923-10-29); Turkiye"),
    835: ("BRN", "COW 'Brunei'; Brunei Darussalam"),
    860: ("TLS", "COW 'East Timor'; Timor-Leste"),
    # Lookups that succeed but deserve a note
    255: ("DEU", "Prussia to 1871-01-18, then Germany; not a member 1945-05-08 to 1990-10-03"),
    345: ("SRB", "COW YUG (Serbia 1878, Yugoslavia, Serbia and Montenegro) to 2006-06-03, SRB after"),
    679: ("YEM", "unified Yemen from 1990-05-22; see 678 and 680"),
    713: ("TWN", "ISO 3166-1 lists TW as 'Taiwan, Province of China'"),
    816: ("VNM", "North Vietnam (DRV) to 1976-07-02, then unified Vietnam"),
    # Former states: no ISO 3166-1 code
    240: (None, "Kingdom of Hanover; annexed by Prussia 1866"),
    245: (None, "Kingdom of Bavaria; joined the German Empire 1871"),
    260: (None, "West Germany; merged into Germany (255) 1990-10-03"),
    265: (None, "East Germany; merged into Germany (255) 1990-10-03"),
    267: (None, "Grand Duchy of Baden; joined the German Empire 1871"),
    269: (None, "Kingdom of Saxony; joined the North German Confederation 1867"),
    271: (None, "Kingdom of Wuerttemberg; joined the German Empire 1871"),
    273: (None, "Electorate of Hesse (Hesse-Kassel); annexed by Prussia 1866"),
    275: (None, "Grand Duchy of Hesse (Hesse-Darmstadt); North German Confederation 1867"),
    280: (None, "Grand Duchy of Mecklenburg-Schwerin; North German Confederation 1867"),
    300: (None, "Austrian Empire / Austria-Hungary; ended 1918 (Austria is 305)"),
    315: (None, "Czechoslovakia; ISO CS withdrawn 1993 (see 316, 317)"),
    327: (None, "Papal States; annexed by Italy"),
    329: (None, "Kingdom of the Two Sicilies; annexed by Italy 1861"),
    332: (None, "Duchy of Modena; annexed by Sardinia/Italy 1860"),
    335: (None, "Duchy of Parma; annexed by Sardinia/Italy 1860"),
    337: (None, "Grand Duchy of Tuscany; annexed by Sardinia/Italy 1860"),
    347: (None, "Kosovo: XK/XKX is a user-assigned code, not ISO 3166-1"),
    511: (None, "Zanzibar; merged with Tanganyika into Tanzania (510) 1964"),
    678: (None, "North Yemen; merged into Yemen (679) 1990"),
    680: (None, "South Yemen; merged into Yemen (679) 1990; ISO YD withdrawn"),
    730: (None, "Korea (Joseon / Korean Empire) to 1905"),
    817: (None, "South Vietnam; ISO VD withdrawn; conquered 1975"),
}


def main() -> int:
    latest: dict[int, dict[str, str]] = {}
    with COW_CSV.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            latest[int(row["ccode"])] = row  # rows are chronological per ccode

    out: list[tuple[int, str, str, str]] = []
    problems: list[str] = []
    for ccode in sorted(latest):
        name = latest[ccode]["statenme"]
        if ccode in MANUAL:
            iso3, note = MANUAL[ccode]
        else:
            try:
                iso3, note = pycountry.countries.lookup(name).alpha_3, ""
            except LookupError:
                problems.append(f"{ccode} {name!r}: no ISO match and no manual entry")
                continue
        iso2 = ""
        if iso3 is not None:
            country = pycountry.countries.get(alpha_3=iso3)
            if country is None:
                problems.append(f"{ccode} {name!r}: {iso3} is not an ISO 3166-1 code")
                continue
            iso2 = country.alpha_2
        num = country.numeric if iso3 is not None and country is not None else ""
        out.append((ccode, iso2, iso3 or "", num, note))

    iso3s = [r[2] for r in out if r[2]]
    dupes = {c for c in iso3s if iso3s.count(c) > 1}
    if dupes:
        problems.append(f"ISO3 codes used twice: {sorted(dupes)}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    with OUT_CSV.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["ccode", "iso2", "iso3", "iso_num", "note"])
        writer.writerows(out)
    print(f"wrote {OUT_CSV.relative_to(ROOT)}: {len(out)} ccodes, {len(iso3s)} with ISO codes "
          f"(pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else '?'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
