"""A treaty file to fill in (``casus new-treaty``): the facts the user gave, every other field marked TODO,
in the format of docs/treaty-files.md.  It does not validate until its dates cite a source."""

from __future__ import annotations

from datetime import date

__all__ = ["treaty_template"]


def treaty_template(treaty_id: str, name: str, parties: list[str], signed: date) -> str:
    party_lines = "\n".join(f"  - state: {p}" for p in parties)
    return f"""# {name} — a treaty file written by `casus new-treaty`; see docs/treaty-files.md.
# Every date needs a source: add the document that states it under `sources` and cite its id.
# Until then `casus validate` refuses the file (on purpose: casus holds no uncited fact).
id: {treaty_id}
name: {name}
short_name: {name}   # TODO: a short name for lists, e.g. "X–Y Treaty ({signed.year})"
signed:
  date: {signed.isoformat()}
  sources: []   # TODO: the id of a source below that gives the day of signature
in_force:
  unconfirmed: true   # TODO: the day it entered into force and its source, when one says so
sources: []
# TODO, e.g.:
#  - id: text
#    title: "the treaty's published text (a gazette, the depositary's treaty series, a party's foreign ministry)"
#    url: https://...
#    kind: primary            # primary | agency | secondary
parties:
{party_lines}
articles: []
# TODO: each article that creates a duty, with its words and what it obliges, e.g.
#  - number: "4"
#    text: "the article's words, as published"
#    text_source: text
#    clauses:
#      - id: art4-defence
#        kind: defense          # defense | offense | neutrality | nonaggression | consultation
#        obligors: parties
#        beneficiaries: parties
#        response: unspecified  # automatic | discretionary | consult_first | unspecified
"""
