#!/usr/bin/env python3
"""Fit the reliability model and write the files the core applies: ``src/casus/data/reliability/model.json``
(the coefficients, their bootstrap draws, the fitted rows and the cross-validated figures) and
``src/casus/data/reliability/oof.csv`` (every row's out-of-fold probability).

Run from the repository root, with the ``model`` extra installed (scikit-learn)::

    .venv/bin/python data-raw/fit_reliability.py

It runs the backtest (default rules, memberships from signature), builds the rows, cross-validates (leave
one war out) and fits on every row, as ``casus reliability`` does; the same inputs give the same files.
See docs/reliability.md.
"""

from __future__ import annotations

import sys


def main() -> int:
    from casus.analysis.reliability import run
    from casus.analysis.reliability_report import text_lines, write_model
    from casus.corpus import load_corpus

    res = run(load_corpus(), progress=lambda m: print(m, file=sys.stderr))
    out = write_model(res)
    print("\n".join(text_lines(res)))
    print(f"wrote {out / 'model.json'} and {out / 'oof.csv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
