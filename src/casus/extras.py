"""The optional parts of casus and what each needs: a missing extra is one line naming what to install.

The core (``pip install casus-foederis``) answers attacks, builds dyad-years and exports tables; the web page
and REST API, the news reader, plots, the GraphML network and the Dask backend come with extras.
"""

from __future__ import annotations

from importlib.util import find_spec

from .errors import CasusError

__all__ = ["EXTRAS", "MissingExtraError", "need", "has"]

#: extra -> the modules it installs (their import names)
EXTRAS: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "uvicorn", "orjson"),
    "news": ("dateparser", "ahocorasick", "selectolax", "ftfy", "pycld2"),
    "plot": ("matplotlib",),
    "graph": ("networkx",),
    "dask": ("dask", "distributed"),
}


class MissingExtraError(CasusError, ImportError):
    """A feature whose extra is not installed."""

    exit_code = 2


def has(extra: str) -> bool:
    """Whether every module of ``extra`` can be imported."""
    return all(find_spec(m) is not None for m in EXTRAS[extra])


def need(extra: str, what: str) -> None:
    """Raise :class:`MissingExtraError` naming the extra to install if ``what`` cannot run without it."""
    missing = [m for m in EXTRAS[extra] if find_spec(m) is None]
    if missing:
        raise MissingExtraError(f"{what} needs the {extra!r} extra, which is not installed (no module "
                                f"{missing[0]!r}); install it with: pip install 'casus-foederis[{extra}]'")
