"""The obligation atlas: every ordered (attacker, target) pair of system members, every year.

For each year (as of a given day, default 1 July) and each ordered pair of
COW members on that day: the number of states bound to defend the target, bound
to join the attacker, conditional and conflicted, and each side's size after
the cascade (defensive policy, the target's home territory, no stated facts).
Built with the compiled engine (:mod:`casus.engine.compiled`): matrix products
for round one, and the compiled cascade, pair by pair, where a state is bound
to join the attacker or a number condition is in play.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from ..engine.compiled import compile_corpus
from ..engine.compiled_atlas import pair_counts
from ..session import corpus_of

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

    from ..corpus import Corpus

__all__ = ["atlas_table", "atlas_year", "atlas_year_task", "create_atlas", "COLUMNS"]

COLUMNS = ("defenders_bound", "joiners_bound", "conditional", "conflicted", "side_attacker", "side_target")


def _day(year: int, on: str) -> dt.date:
    mm, dd = (int(x) for x in on.split("-"))
    try:
        return dt.date(year, mm, dd)
    except ValueError:  # 02-29 in a common year
        return dt.date(year, mm, 28)


def atlas_year(corpus: Corpus, comp, year: int, on: str = "07-01") -> dict[str, np.ndarray]:
    """One year's block: flat arrays (attacker, target, year and the COLUMNS)."""
    corpus = corpus_of(corpus)
    d = _day(year, on)
    idx = comp.index()
    members = np.array(sorted(idx[s.ccode] for s in corpus.states.members_on(d)), np.int64)
    view = comp.date_view(d)
    cnt = pair_counts(view, members)
    ii, jj = np.nonzero(cnt["pairs"])
    out = {"year": np.full(len(ii), year, np.int16),
           "attacker": comp.codes[members[ii]].astype(np.int16), "target": comp.codes[members[jj]].astype(np.int16)}
    for k in COLUMNS:
        out[k] = cnt[k][ii, jj].astype(np.int16)
    out["cascade_beyond_round_one"] = cnt["cascade"][ii, jj]
    return out


def atlas_year_task(year: int, on: str) -> dict[str, np.ndarray]:
    """One year's block on a worker (which loads the bundled corpus itself)."""
    from ..corpus import load_corpus

    corpus = load_corpus()
    return atlas_year(corpus, compile_corpus(corpus), year, on)


def atlas_table(corpus: Corpus, y1: int, y2: int, on: str = "07-01",
                progress: Callable[[int, int, int], None] | None = None, scheduler: str | None = None) -> pa.Table:
    """The atlas as a pyarrow Table (years y1..y2, as of day ``on`` = "MM-DD")."""
    import pyarrow as pa

    corpus = corpus_of(corpus)
    years = list(range(y1, y2 + 1))
    if scheduler:
        from .parallel import executor

        with executor(scheduler) as ex:
            blocks = list(ex.map(atlas_year_task, years, [on] * len(years)))
    else:
        comp = compile_corpus(corpus)
        blocks = []
        for n, y in enumerate(years, 1):
            blocks.append(atlas_year(corpus, comp, y, on))
            if progress:
                progress(n, len(years), y)
    cols = {k: np.concatenate([b[k] for b in blocks]) for k in blocks[0]} if blocks else {}
    return pa.table(cols)


def create_atlas(y1: int = 1816, y2: int | None = None, on: str = "07-01", corpus: Corpus | None = None,
                 scheduler: str | None = None) -> pd.DataFrame:
    """The atlas as a pandas DataFrame (peacesciencer-style verb): for every ordered (attacker, target) pair of
    system members on ``on`` (MM-DD) of each year, who would be bound to defend or join.

    >>> atlas = create_atlas(1816, 1816)
    >>> {"year", "attacker", "target"} <= set(atlas.columns) and len(atlas) > 0
    True
    """
    from ..session import corpus_of

    y2 = y2 or dt.date.today().year
    return atlas_table(corpus_of(corpus), y1, y2, on, scheduler=scheduler).to_pandas()
