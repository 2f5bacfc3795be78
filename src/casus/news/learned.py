"""The learned step of the news reader: a logistic re-ranker of trigger sentences (numpy only).

The rules of :mod:`casus.news.extract` decide whether a sentence with an event trigger reports an event by a chain
of hard gates (negated, hypothetical, past perfect, background, relative clause, an old date, "such a pact", ...).
Each gate was written on the articles of the development sets, and the first readings of blind batches lost events
to gates that fired wrongly and let through events no gate caught.  This step turns the gates into *features* and
lets a regularised logistic regression, fitted offline on the labelled sets (``data-raw/fit_news.py``), weigh them
together with cues no gate reads (where the sentence stands, how many states it names, whether it quotes
someone, what the trigger's neighbourhood spells: hashed character n-grams):

* every sentence with an event trigger and a pact noun or name (in it, or the sentence before for a pronoun) is a
  *candidate*, its trigger the one the rules choose or, where every trigger was gated away, the strongest one
  (:func:`loose_trigger`);
* :func:`features` describes it (:data:`FEATURES`, then :data:`N_HASH` hashed n-gram columns);
* :func:`probability` is the shipped model's probability that it reports an event of its type; the reader keeps
  a candidate the rules made unless it falls below :data:`DROP`, and adds one the rules gated away when it reaches
  :data:`ADD` (invocations are read by :mod:`casus.news.invocations`, unchanged).

The coefficients ship in ``casus/data/news_model.json`` (with the sets they were fitted on, the date and the
feature list); :data:`ENABLED` turns the step off.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from .cues import (
    _AFTER_CLAUSE,
    _BACKGROUND,
    _BECOME,
    _EN_DET,
    _EN_FUTURE,
    _EN_IRREALIS,
    _EN_NEG,
    _EN_PERFECT,
    _HI_BECOME_AFTER,
    _HI_IF,
    _HI_IRREALIS,
    _HI_NEG_AFTER,
    _HI_PERFECT,
    _PRONOUN,
    _clause_after,
    _clause_before,
    _is_dev,
)
from .other_pacts import economic_pact
from .security_pacts import security_pact

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence

__all__ = ["FEATURES", "N_HASH", "SCHEMA", "ENABLED", "DROP", "ADD", "features", "loose_trigger", "probability",
           "reranked", "load_model", "design", "ngrams"]

SCHEMA = "casus.news_model/1"
#: whether the reader applies the learned step: off.  Left out of each batch it was then read on
#: (``data-raw/fit_news.py --lobo``, fitted with fresh5), it changed nothing on fresh3 and fresh4 and lost one event
#: of fresh5 (English detection 0.67 -> 0.62): no gain shown, so the rules alone read.  The model still ships, is
#: refitted and tested, and ``read(..., rerank=load_model())`` applies it.  Refitted on every labelled batch but
#: the one it reads (``data-raw/fit_news.py --lobo-all``, fresh–fresh28 pooled) it still gains nothing: dropping
#: moves detection F1 by at most 0.002, adding finds 2–8 events per language for 13–54 false alarms.
ENABLED = False
#: a candidate the rules made is dropped below this probability; one they gated away is added from ``ADD`` up
#: (None: never).  Adding is off: fitted on so few rows, the model outvoted the past-perfect and background gates
#: on one-sentence test articles (tests/news/test_news_forms.py) while adding nothing right on any batch.
DROP = 0.1
ADD: float | None = None
#: hashed character n-gram columns (of the trigger's neighbourhood)
N_HASH = 256
#: characters either side of the trigger whose n-grams are hashed
WINDOW = 24

_TYPES = ("signed", "ratified", "entered_into_force", "joined", "withdrew", "suspended", "announced")
_TENSES = ("past", "present", "future", "perfect")
#: the dense features, in column order (each 0/1 unless said)
FEATURES: tuple[str, ...] = (
    *(f"type_{t}" for t in _TYPES),
    *(f"tense_{t}" for t in _TENSES),
    "hindi",            # the trigger is in Devanagari
    "negated",          # "not signed", "हस्ताक्षर नहीं किए", "no agreement was signed"
    "irrealis",         # "could sign", "may join", "निकल सकता है", "अगर ..."
    "past_perfect",     # "had signed", "हस्ताक्षर किए थे", "already", "earlier"
    "determiner",       # "a sign of", "the accession talks": a noun, not the verb
    "question",         # the sentence ends in "?"
    "background",       # "earlier,", "anniversary", "years ago", "पिछले साल"
    "after_clause",     # "weeks after the two countries signed"
    "relative",         # "the treaty, which was signed ...", "जिस पर ... हस्ताक्षर"
    "such",             # names a kind of pact only: "such an agreement", "ऐसा समझौता"
    "rules_gate",       # the rules gated the trigger away (any of the above, or another gate)
    "dated",            # the sentence (or a neighbour) gives the event a date
    "old_date",         # the date lies well before the article's own date
    "old_year",         # the sentence names a year before the article's own
    "pact_name",        # a pact's name in the sentence ("NATO")
    "pact_noun",        # a pact noun ("treaty", "समझौता")
    "alliance_noun",    # an alliance noun ("alliance", "defence pact")
    "security_pact",    # "security agreement", "strategic partnership"
    "economic_pact",    # "minerals deal", "free trade agreement"
    "anaphor",          # no pact here: a pronoun refers back to the sentence before
    "states_0", "states_1", "states_2", "states_3plus",  # states named in the sentence
    "headline",         # the article's first sentence
    "lead",             # among its first four sentences
    "position",         # where it stands in the article, 0 (start) to 1 (end)
    "reported",         # "said", "told", "कहा", "बताया": reported speech
    "triggers_2plus",   # more than one trigger in the sentence
    "become",           # "became a member", "सदस्य बना"
)
_REPORTED = re.compile(r"(?<![a-z])(?:said|says|told|according to|stated|added)(?![a-z])"
                       r"|(?:कहा|बताया|के मुताबिक|के अनुसार)")


def _flags(low: str, sent: Sentence, h: Hit) -> dict[str, bool]:
    """The gate cues around trigger ``h`` (as the rules read them, but each on its own)."""
    before = _clause_before(low, h.start, sent.start, 40)
    after = _clause_after(low, h.end, sent.end, 30)
    if _is_dev(h.key):
        return {"negated": bool(_HI_NEG_AFTER.search(after[:20])),
                "irrealis": bool(_HI_IRREALIS.search(after) or _HI_IF.search(_clause_before(low, h.start, sent.start,
                                                                                              60))),
                "past_perfect": bool(_HI_PERFECT.match(low[h.end:h.end + 6])), "determiner": False,
                "become": bool(_HI_BECOME_AFTER.match(low[h.end:h.end + 16]))}
    return {"negated": bool(_EN_NEG.search(before)), "irrealis": bool(_EN_IRREALIS.search(before)),
            "past_perfect": bool(_EN_PERFECT.search(before[-20:])), "determiner": bool(_EN_DET.search(before)),
            "become": bool(_BECOME.search(low[max(sent.start, h.start - 40):h.start]))}


def raw_tense(low: str, sent: Sentence, h: Hit) -> str | None:
    """The trigger's tense before any gate ("future" for "will sign"); None for a noun, or for "member" where
    nothing says "become"."""
    tense = h.value[1]
    if tense == "needs_become":
        f = _flags(low, sent, h)
        return "present" if f["become"] else None
    if tense == "noun":
        # a Hindi noun with its light verb split off by a negation: "हस्ताक्षर नहीं किए", "हस्ताक्षर नहीं करेगा"
        m = _HI_LIGHT_VERB.match(low, h.end, min(sent.end, h.end + 24)) if _is_dev(h.key) else None
        return None if m is None else ("future" if m.group(1).startswith("करे") else "past")
    if not _is_dev(h.key) and tense in ("present", "past") and _EN_FUTURE.search(
            _clause_before(low, h.start, sent.start, 40)[-18:]):
        return "future"
    return tense


_HI_LIGHT_VERB = re.compile(r"\s?(?:पर\s)?(?:नहीं|न)\s(किए|किया|की|करेंगे|करेगा|करेगी)(?![\u0900-\u0963\u0966-\u097f])")
_PRIORITY = {"ratified": 0, "entered_into_force": 1, "suspended": 2, "withdrew": 3, "joined": 4, "signed": 5,
             "announced": 6}


def loose_trigger(low: str, sent: Sentence, triggers: list[Hit]) -> tuple[str, Hit, str] | None:
    """The strongest verb trigger of the sentence, no gate applied: (type, trigger, tense), or None."""
    verbs = [(h, t) for h in triggers if (t := raw_tense(low, sent, h)) is not None]
    if not verbs:
        return None
    h, tense = min(verbs, key=lambda x: (_PRIORITY.get(x[0].value[0], 9), x[0].start))
    etype = h.value[0]
    if tense == "future" and etype == "signed":
        etype = "announced"
    return etype, h, tense


def ngrams(text: str, lo: int = 3, hi: int = 4) -> list[int]:
    """Hashed character n-gram columns (``lo``..``hi`` characters, spaces kept) of ``text``: stable over runs."""
    text = re.sub(r"\s+", " ", text)
    out = []
    for n in range(lo, hi + 1):
        for i in range(len(text) - n + 1):
            out.append(zlib.crc32(text[i:i + n].encode("utf-8")) % N_HASH)
    return out


def features(reader: Any, sent: Sentence, prev: Sentence | None, triggers: list[Hit], chosen: tuple[str, Hit, str],
             gated: bool, n_sentences: int) -> tuple[dict[str, float], list[int]]:
    """The dense features (:data:`FEATURES`, by name) and hashed n-gram columns of one candidate.

    ``reader``: the article's :class:`casus.news.extract._Reader`; ``chosen``: (type, trigger, tense);
    ``gated``: whether the rules gated it away; ``n_sentences``: the article's sentence count."""
    low = reader.low
    etype, h, tense = chosen
    f: dict[str, float] = dict.fromkeys(FEATURES, 0.0)
    f[f"type_{etype}"] = 1.0 if etype in _TYPES else 0.0
    flags = _flags(low, sent, h)
    if flags["past_perfect"]:
        tense = "perfect"
    f[f"tense_{tense}"] = 1.0 if tense in _TENSES else 0.0
    f["hindi"] = float(_is_dev(h.key))
    for k in ("negated", "irrealis", "past_perfect", "determiner", "become"):
        f[k] = float(flags[k])
    text = low[sent.start:sent.end]
    f["question"] = float(text.rstrip().endswith("?"))
    f["background"] = float(bool(_BACKGROUND.search(text)))
    f["after_clause"] = float(not _is_dev(h.key) and bool(_AFTER_CLAUSE.search(
        _clause_before(low, h.start, sent.start, 60))))
    f["relative"] = float(reader._relative(sent, h))
    pact_here = sent.has("P") or sent.has("N")
    f["such"] = float(pact_here and reader._kind_of_pact(sent))
    f["rules_gate"] = float(gated)
    iso, _, _, dhits = reader._date_for(sent, h, tense if tense != "perfect" else "past")
    f["dated"] = float(iso is not None)
    f["old_date"] = float(reader._old(iso))
    firm = reader.firm
    f["old_year"] = float(firm is not None and any(d.kind == "year" and d.year is not None and d.year < firm.year
                                                   for d in dhits))
    f["pact_name"] = float(sent.has("P"))
    f["pact_noun"] = float(sent.has("N"))
    f["alliance_noun"] = float(any(n.flag == "A" for n in sent.cats("N")))
    f["security_pact"] = float(security_pact(low, sent, h))
    f["economic_pact"] = float(economic_pact(low, sent, h))
    f["anaphor"] = float(not pact_here and prev is not None and any(
        _PRONOUN.search(_clause_before(low, t.start, sent.start, 30)) for t in triggers))
    n_states = len({c for x in sent.cats("S") for c in x.value})
    f[("states_0", "states_1", "states_2", "states_3plus")[min(n_states, 3)]] = 1.0
    f["headline"] = float(sent.i == 0)
    f["lead"] = float(sent.i < 4)
    f["position"] = sent.i / max(1, n_sentences - 1)
    f["reported"] = float(bool(_REPORTED.search(text)))
    f["triggers_2plus"] = float(len(triggers) > 1)
    window = low[max(sent.start, h.start - WINDOW):min(sent.end, h.end + WINDOW)]
    return f, ngrams(window)


def design(dense: dict[str, float], hashed: list[int]) -> np.ndarray:
    """One row of the design matrix: the dense features in :data:`FEATURES` order, then the n-gram counts (log1p)."""
    row = np.zeros(len(FEATURES) + N_HASH)
    row[:len(FEATURES)] = [dense[k] for k in FEATURES]
    if hashed:
        counts = np.bincount(np.asarray(hashed), minlength=N_HASH)
        row[len(FEATURES):] = np.log1p(counts)
    return row


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The shipped model (``casus/data/news_model.json``), or None if it is missing or of another schema."""
    try:
        doc = json.loads(resources.files("casus").joinpath("data/news_model.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    if doc.get("schema") != SCHEMA or tuple(doc.get("features", ())) != FEATURES or doc.get("n_hash") != N_HASH:
        return None
    doc["_coef"] = np.asarray(doc["coef"], dtype=float)
    doc["_mean"] = np.asarray(doc["mean"], dtype=float)
    doc["_sd"] = np.asarray(doc["sd"], dtype=float)
    return doc


def probability(row: np.ndarray, model: dict | None = None) -> float | None:
    """The model's probability that the candidate of design row ``row`` reports an event (None without a model)."""
    model = model if model is not None else load_model()
    if model is None:
        return None
    z = float(model["intercept"] + ((row - model["_mean"]) / model["_sd"]) @ model["_coef"])
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def reranked(reader: Any, sent: Sentence, triggers: list[Hit], prev: Sentence | None, cand: Any) -> Any:
    """The rules' candidate ``cand`` (or None) of ``sent`` after the learned step: dropped below :data:`DROP`, or,
    gated away by the rules, added from :data:`ADD` up (``reader``: the article's
    :class:`casus.news.extract._Reader`, whose ``rerank`` is the model and ``collect`` gathers the rows for
    fitting)."""
    pact_here = sent.has("P") or sent.has("N")
    if not pact_here and not (prev is not None and (prev.has("P") or prev.has("N"))):
        return cand
    if cand is not None:
        chosen: tuple[str, Hit, str] | None = (cand.type, cand.trigger, cand.tense)
    else:
        chosen = loose_trigger(reader.low, sent, triggers)
    if chosen is None:
        return cand
    dense, hashed = features(reader, sent, prev, triggers, chosen, cand is None, len(reader.spans))
    row = design(dense, hashed)
    if reader.collect is not None:
        economic = reader.economic
        built = cand or reader._build(sent, *chosen)
        reader.economic = economic
        parties = reader._abbrevs(built.parties) if built is not None else ()
        reader.collect.append({"sentence": sent.i, "type": chosen[0], "parties": parties, "rules": cand is not None,
                               "economic": built is None, "features": dense, "row": row})
    p = None if reader.rerank is None else probability(row, reader.rerank)
    if p is None:
        return cand
    if cand is not None:
        return cand if p >= DROP else None
    return reader._build(sent, *chosen) if ADD is not None and p >= ADD else None
