"""A pair of states over time: when either was bound to defend, join, stay neutral towards, not attack or consult
the other, and under which treaties (``casus pair A B``, ``/api/pair``; schema ``casus.pair/1``).

The rows come from :func:`casus.engine.queries.pair_history`; this module names them and draws them as a strip,
one character per five years from 1816 to today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..provenance import stamp
from .messages import t

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus import Corpus

__all__ = ["PairResult", "PAIR_SCHEMA", "render_pair"]

PAIR_SCHEMA = "casus.pair/1"
#: the order of duties, from the one that decides sides to the weakest
DUTIES = ("defend", "join", "neutral", "nonaggression", "consult")
_FIRST_YEAR = 1816
_STEP = 5  # years per character of the strip
_LABEL = 44  # width of a row's label


@dataclass
class PairResult:
    corpus: Corpus
    a: int
    b: int
    basis: str
    rows: list[dict]

    def _who(self, c: int, d: date | None, lang: str) -> dict:
        st = self.corpus.states.get(c)
        return {"state": st.abbrev_on(d), "ccode": c, "name": st.name_on(d, lang)}

    def to_dict(self, lang: str = "en") -> dict:
        spans = []
        for r in self.rows:
            tr = self.corpus.treaties[r["treaty"]]
            spans.append({
                "obligor": self._who(r["obligor"], r["start"], lang)["state"],
                "beneficiary": self._who(r["beneficiary"], r["start"], lang)["state"],
                "duty": r["duty"], "start": r["start"].isoformat(),
                "end": r["end"].isoformat() if r["end"] else None, "certain": r["certain"],
                "treaty": {"id": tr.id, "short_name": (tr.short_name_hi if lang == "hi" and tr.short_name_hi
                                                       else tr.short_name),
                           "article": r["article"], "atopid": tr.atopid},
                "clause": r["clause"]})
        return stamp({"schema": PAIR_SCHEMA, "a": self._who(self.a, None, lang), "b": self._who(self.b, None, lang),
                      "basis": self.basis, "spans": spans})

    def years(self, obligor: int, duty: str) -> dict[int, bool]:
        """Years in which ``obligor`` owed ``duty`` to the other on some day: True where certain."""
        out: dict[int, bool] = {}
        for r in self.rows:
            if r["obligor"] != obligor or r["duty"] != duty:
                continue
            last = (r["end"] or date.today()).year
            for y in range(r["start"].year, last + 1):
                out[y] = out.get(y, False) or r["certain"]
        return out


def _strip(years: dict[int, bool], today: int) -> str:
    cells = []
    for y0 in range(_FIRST_YEAR, today + 1, _STEP):
        span = [years.get(y) for y in range(y0, min(y0 + _STEP, today + 1))]
        cells.append("█" if any(v is True for v in span) else "▒" if any(v is False for v in span) else "·")
    return "".join(cells)


def render_pair(res: PairResult, lang: str = "en") -> str:
    d = res.to_dict(lang)
    a, b = d["a"], d["b"]
    today = date.today().year
    lines = [t("pair_head", lang, a=f"{a['name']} ({a['state']})", b=f"{b['name']} ({b['state']})"),
             t("pair_key", lang, first=_FIRST_YEAR, last=today, step=_STEP), ""]
    if not d["spans"]:
        lines.append(t("pair_none", lang))
    width = len(_strip({}, today))
    ruler = [" "] * width
    for i, y in enumerate(range(_FIRST_YEAR, today + 1, _STEP)):
        if (y - _FIRST_YEAR) % 40 == 0 and i + 4 <= width:
            ruler[i:i + 4] = str(y)
    shown = False
    for ob, be in ((res.a, res.b), (res.b, res.a)):
        for duty in DUTIES:
            years = res.years(ob, duty)
            if not years:
                continue
            if not shown:
                lines.append(" " * _LABEL + "".join(ruler))
                shown = True
            label = t(f"duty_{duty}", lang, b=res._who(be, None, lang)["state"])
            who = res._who(ob, None, lang)["state"]
            lines.append(f"{who}: {label}"[:_LABEL - 2].ljust(_LABEL) + _strip(years, today))
    if d["spans"]:
        lines += ["", t("pair_treaties", lang) + ":"]
        for s in d["spans"]:
            art = f" {t('article', lang, a=s['treaty']['article'])}" if s["treaty"]["article"] else ""
            end = s["end"] or t("pair_now", lang)
            mark = "" if s["certain"] else f" ({t('pair_uncertain', lang)})"
            lines.append(f"  {s['start']} – {end}  {s['obligor']} → {s['beneficiary']} {s['duty']}: "
                         f"{s['treaty']['short_name']}{art}{mark}")
    return "\n".join(lines).rstrip() + "\n"
