"""What if: counterfactual corpora, in the spirit of OpenFisca's reforms.

Each change makes a new :class:`~casus.corpus.Corpus` from the real one; the
real one is never modified.  :func:`casus.present.result.compare` says what an
attack's answer gains and loses against the real corpus.

* ``without``: drop a treaty;
* ``without_member``: ``(state, treaty)``, as if the state had never joined
  (or had left);
* ``with_files``: add hypothetical treaties written in the treaty-file format;
* ``automatic``: ``(treaty, article)``, treat a clause as automatic (matters
  under the ``strict`` cascade policy, where only automatic duties draw a
  state in).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..errors import InvalidScenarioError
from ..importers.treaty_files import files_in, read_treaty_files

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["Changes", "apply_changes", "parse_pair"]


@dataclass
class Changes:
    without: list[str] = field(default_factory=list)
    without_member: list[tuple[str, str]] = field(default_factory=list)
    with_files: list[str] = field(default_factory=list)
    automatic: list[tuple[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.without or self.without_member or self.with_files or self.automatic)

    def describe(self, corpus: Corpus) -> list[str]:
        out = [f"without {corpus.treaty(t).short_name} [{corpus.treaty(t).id}]" for t in self.without]
        out += [f"without {corpus.state(s).name} as a party to {corpus.treaty(t).short_name}"
                for s, t in self.without_member]
        out += [f"with the treaty file {f}" for f in self.with_files]
        out += [f"{corpus.treaty(t).short_name}, Art. {a} treated as automatic" for t, a in self.automatic]
        return out


def parse_pair(text: str, what: str, field: str | None = None) -> tuple[str, str]:
    """``"SWD:north-atlantic-1949"`` → (``"SWD"``, ``"north-atlantic-1949"``); ``what`` names the parameter."""
    left, sep, right = text.partition(":")
    if not sep or not left.strip() or not right.strip():
        raise InvalidScenarioError(f"{what} {text!r} needs the form A:B, e.g. "
                                   + ("SWD:north-atlantic-1949" if "member" in what else "north-atlantic-1949:5"),
                                   field)
    return left.strip(), right.strip()


def apply_changes(corpus: Corpus, ch: Changes) -> Corpus:
    """A new corpus with the changes applied (never cached)."""
    treaties = dict(corpus.treaties)
    for tq in ch.without:
        treaties.pop(corpus.treaty(tq).id)
    for sq, tq in ch.without_member:
        t = corpus.treaty(tq)
        c = corpus.state(sq).ccode
        if c not in t.parties:
            raise InvalidScenarioError(f"{corpus.state_label(c)} is not a party to {t.short_name}; "
                                       f"its parties are {', '.join(corpus.states.get(x).abbrev for x in t.parties)}")
        ms = tuple(m for m in t.memberships if m.ccode != c)
        treaties[t.id] = replace(t, memberships=ms)
    for tq, art in ch.automatic:
        t = treaties.get(corpus.treaty(tq).id) or corpus.treaty(tq)
        hits = [cl for cl in t.clauses if (cl.article or "").lower() == art.strip().lower()]
        if not hits:
            arts = sorted({cl.article for cl in t.clauses if cl.article})
            raise InvalidScenarioError(f"{t.short_name} has no clause in Art. {art}; its articles with clauses: "
                                       + (", ".join(arts) if arts else "none (ATOP records have no article numbers)"))
        treaties[t.id] = replace(t, clauses=tuple(replace(cl, response="automatic") if cl in hits else cl
                                                  for cl in t.clauses))
    if ch.with_files:
        for _, t in read_treaty_files(files_in(ch.with_files), corpus.states.resolve):
            if t.id in treaties:
                raise InvalidScenarioError(f"the hypothetical treaty id {t.id!r} is already in the corpus; rename it")
            treaties[t.id] = t
    return corpus.with_treaties(treaties.values())
