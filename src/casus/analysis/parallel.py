"""Where sweeps run: here, or on a Dask cluster (optional extra ``casus[dask]``).

:func:`executor` gives a :class:`concurrent.futures.Executor`: one that runs
each task in the calling thread when no scheduler is named, or Dask's own
executor (``Client.get_executor()``) for ``--scheduler ADDRESS`` (``local``
starts a cluster in this process).  Callers hand it module-level task
functions (:func:`casus.analysis.atlas.atlas_year_task`,
:func:`casus.analysis.simulate.simulate_task`); this module imports none of
its callers.  On a cluster each worker loads the bundled corpus itself (it is
deterministic and cached on disk), so nothing large travels; the results are
the arrays and counts the single-machine path computes (tests check equality
on a local cluster).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future

__all__ = ["executor", "client_for", "InlineExecutor"]


class InlineExecutor(Executor):
    """Runs each task at once, in the calling thread (the default: no scheduler)."""

    def submit(self, fn: Callable, /, *args, **kwargs) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(exc)
        return fut


def client_for(address: str):
    """A Dask client for ``address`` (``local`` or ``inproc://``: a cluster in this process)."""
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - depends on the install
        from ..errors import CasusError

        raise CasusError("--scheduler needs Dask: pip install 'casus-foederis[dask]'") from None
    if address.startswith("inproc://") or address == "local":
        from distributed import LocalCluster

        return Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None))
    return Client(address, timeout="30s")


@contextlib.contextmanager
def executor(scheduler: str | None = None) -> Iterator[Executor]:
    """An executor for a sweep's tasks: inline, or on the Dask cluster at ``scheduler``."""
    if not scheduler:
        yield InlineExecutor()
        return
    client = client_for(scheduler)
    try:
        yield client.get_executor(pure=False)
    finally:
        if scheduler == "local" or scheduler.startswith("inproc://"):
            client.cluster.close()
            client.close()
