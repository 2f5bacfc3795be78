"""The shipped out-of-fold probabilities of the reliability model (``casus/data/reliability/oof.csv``, written
by :func:`casus.analysis.reliability_report.write_model`), and each backtest pair's (``honour_oof`` in
``casus backtest --json``).  Reads only that file: the backtest imports it."""

from __future__ import annotations

import csv
import io
import math
from functools import lru_cache
from importlib import resources

__all__ = ["shipped_oof", "pair_oof"]


@lru_cache(maxsize=1)
def shipped_oof() -> dict[tuple[str, int], list[dict]]:
    """The shipped out-of-fold table by (alliance, war): its rows, as strings (empty if none is shipped)."""
    path = resources.files("casus").joinpath("data", "reliability", "oof.csv")
    out: dict[tuple[str, int], list[dict]] = {}
    if not path.is_file():
        return out
    for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
        out.setdefault((r["alliance"], int(r["war"])), []).append(r)
    return out


def pair_oof(alliance: str, war: int, kind: str | None) -> dict | None:
    """A backtest pair's out-of-fold probabilities (the shipped run: default rules, memberships from signature):
    each member's that it honours its duty to defend or to join, and ``p``, that all of them do (their
    product: each member decides alone); None if no member of the pair is a row of the model.

    >>> pair_oof("no-such-alliance", 139, None) is None
    True
    """
    rows = [r for r in shipped_oof().get((alliance, war), []) if kind is None or r["kind"] == kind]
    if not rows:
        return None
    members = {int(r["obligor"]): float(r["p_oof"]) for r in rows}
    return {"p": round(math.prod(members.values()), 4), "members": {str(k): v for k, v in sorted(members.items())},
            "of": "duties to defend and to join (rows of casus reliability, out of fold)"}
