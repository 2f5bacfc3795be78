"""Sweeps on a Dask cluster (optional extra ``casus[dask]``).

``--scheduler ADDRESS`` sends the atlas's years, or the simulation's chunks of
draws, to the workers of a running Dask scheduler.  Each worker loads the
bundled corpus itself (it is deterministic and cached on disk), so nothing
large travels; the results are the same arrays and counts the single-machine
path computes (tests check equality on a local cluster).
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

__all__ = ["client_for", "map_years", "map_simulation"]


def client_for(address: str):
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - depends on the install
        from ..errors import CasusError

        raise CasusError("--scheduler needs Dask: pip install 'casus[dask]'") from None
    if address.startswith("inproc://") or address == "local":
        from distributed import LocalCluster

        return Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None))
    return Client(address, timeout="30s")


def _atlas_year(year: int, on: str) -> dict:
    from ..corpus import load_corpus
    from ..engine.compiled import compile_corpus
    from .atlas import atlas_year

    corpus = load_corpus()
    return atlas_year(corpus, compile_corpus(corpus), year, on)


def map_years(address: str, years: Sequence[int], on: str) -> list[dict]:
    client = client_for(address)
    try:
        futures = client.map(_atlas_year, list(years), on=on, pure=False)
        return client.gather(futures)
    finally:
        if address in ("local",) or address.startswith("inproc://"):
            client.cluster.close()
            client.close()


def _sim_chunk(attacker: int, target: int, d: dt.date, n: int, seed, p_side: dict):
    import numpy as np

    from ..corpus import load_corpus
    from ..engine.compiled import compile_corpus
    from .simulate import simulate_chunk

    view = compile_corpus(load_corpus()).date_view(d)
    return simulate_chunk(view, attacker, target, n, np.random.Generator(np.random.PCG64(seed)), p_side)


def map_simulation(address: str, attacker: int, target: int, d: dt.date, sizes: Sequence[int], seeds,
                   p_side: dict) -> list:
    client = client_for(address)
    try:
        futures = [client.submit(_sim_chunk, attacker, target, d, n, s, p_side, pure=False)
                   for n, s in zip(sizes, seeds)]
        return client.gather(futures)
    finally:
        if address in ("local",) or address.startswith("inproc://"):
            client.cluster.close()
            client.close()
