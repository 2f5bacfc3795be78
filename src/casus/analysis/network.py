"""The obligation network on a date, as a networkx DiGraph (``casus graph``).

Nodes are the state-system members on the date (``ccode``, ``abbrev``,
``name``, ``name_hi``); an edge a → b carries 0/1 attributes ``defense``,
``offense``, ``neutrality``, ``nonaggression``, ``consultation`` (what a owes
b) and ``treaties`` (the ids, ";"-joined).  Write it with
``networkx.write_graphml`` for Gephi.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import networkx as nx

from ..engine.queries import duties_on
from ..model.treaty import KINDS
from ..session import corpus_of

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["obligation_graph"]


def obligation_graph(corpus: Corpus, d: date, basis: str = "in-force") -> nx.DiGraph:
    corpus = corpus_of(corpus)
    g: nx.DiGraph[int] = nx.DiGraph(date=d.isoformat(), basis=basis,
                                    source="casus corpus (ATOP 5.1 + hand-encoded treaties)")
    for st in corpus.states.members_on(d):
        g.add_node(st.ccode, ccode=st.ccode, abbrev=st.abbrev_on(d), name=st.name_on(d, "en"),
                   name_hi=st.name_on(d, "hi"))
    treaties: dict[tuple[int, int], set[str]] = {}
    for o, kind, b, tid, _ in duties_on(corpus, d, basis):
        if o not in g or b not in g:
            continue
        if not g.has_edge(o, b):
            g.add_edge(o, b, **{k: 0 for k in KINDS})
        g.edges[o, b][kind] = 1
        treaties.setdefault((o, b), set()).add(tid)
    for (o, b), ids in treaties.items():
        g.edges[o, b]["treaties"] = ";".join(sorted(ids))
    return g
