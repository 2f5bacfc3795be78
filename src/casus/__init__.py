"""casus: the world's mutual-defence pacts as executable, cited data.

>>> import casus
>>> session = casus.load()
>>> res = session.attack(by="USA", on="PRK", date="2025-01-01")
>>> sorted({f.obligor for f in res.binding("defend")} & {365, 710})
[365, 710]

Names are imported lazily (PEP 562), so that light entry points (the CLI's
``--help``, the dyad-year table) do not pay for pandas and the corpus.
"""

from __future__ import annotations

import importlib

from ._version import __version__

__all__ = [
    "__version__",
    "cite",
    "load",
    "Session",
    "build_corpus",
    "Corpus",
    "compare",
    "Scenario",
    "Finding",
    "create_dyad_years",
    "add_obligations",
    "create_atlas",
    "create_stateyears",
    "cow_to_gw",
    "gw_to_cow",
    "add_pact_counts",
    "add_cow_alliance",
    "add_cow_wars",
    "add_gml_mids",
    "add_peace_years",
    "add_contiguity",
    "add_capital_distance",
    "add_minimum_distance",
    "attack",
    "allies",
    "pair",
    "diff",
    "treaties",
    "simulate",
    "backtest",
    "similarity",
    "read_article",
    "CasusError",
    "UnknownStateError",
    "InvalidDateError",
    "InvalidScenarioError",
    "TreatyFileError",
    "UnknownTreatyError",
]

_WHERE = {
    "load": "session", "Session": "session", "build_corpus": "corpus", "Corpus": "corpus",
    "compare": "present.result",
    "Scenario": "model.findings", "Finding": "model.findings",
    "create_dyad_years": "analysis.dyad_years", "add_obligations": "analysis.dyad_years",
    "create_atlas": "analysis.atlas",
    # peacesciencer's verbs that the bundled data can serve (docs/peacesciencer.md)
    "create_stateyears": "analysis.peacescience",
    "cow_to_gw": "analysis.peacescience",
    "gw_to_cow": "analysis.peacescience",
    "add_pact_counts": "analysis.peacescience",
    "add_cow_alliance": "analysis.peacescience",
    "add_cow_wars": "analysis.peacescience",
    "add_gml_mids": "analysis.peacescience",
    "add_peace_years": "analysis.peacescience",
    "add_contiguity": "analysis.peacescience",
    "add_capital_distance": "analysis.peacescience",
    "add_minimum_distance": "analysis.peacescience",

    # the Python verbs, with one calling convention (casus.api)
    "attack": "api", "allies": "api", "pair": "api", "diff": "api", "treaties": "api", "simulate": "api",
    "backtest": "api", "similarity": "api",
    "read_article": "news",
    "CasusError": "errors", "UnknownStateError": "errors", "InvalidDateError": "errors",
    "InvalidScenarioError": "errors", "TreatyFileError": "errors", "UnknownTreatyError": "errors",
}


def cite(result=None, bibtex: bool = False) -> str:
    """How to cite casus's data: every bundled dataset, or those ``result`` used (a table's
    ``attrs["casus_datasets"]``), as text or BibTeX.

    >>> print(cite(bibtex=True).splitlines()[0])
    @article{leeds2002atop,
    """
    from . import provenance

    ids = provenance.used_by(result) if result is not None else None
    return provenance.bibtex(ids) if bibtex else provenance.cite(ids)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'casus' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
