"""casus: the world's mutual-defence pacts as executable, cited data.

>>> import casus
>>> corpus = casus.load()
>>> res = corpus.attack(by="USA", on="PRK", date="2025-01-01")
>>> sorted({f.obligor for f in res.binding("defend")} & {365, 710})
[365, 710]
"""

from .corpus import Corpus, build_corpus, load
from .counterfactual import compare
from .errors import (
    CasusError,
    InvalidDateError,
    InvalidScenarioError,
    TreatyFileError,
    UnknownStateError,
    UnknownTreatyError,
)
from .model.findings import Finding, Scenario

__all__ = [
    "load",
    "build_corpus",
    "Corpus",
    "compare",
    "Scenario",
    "Finding",
    "CasusError",
    "UnknownStateError",
    "InvalidDateError",
    "InvalidScenarioError",
    "TreatyFileError",
    "UnknownTreatyError",
]
