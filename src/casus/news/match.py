"""Which corpus pact a news event refers to — or a draft treaty file proposing it.

A corpus treaty *fits* an event when

* **parties**: the event's states are exactly the treaty's parties (or, for a
  pact the article names — "NATO" — or an event of one state joining,
  leaving or suspending, among them);
* **date**: the treaty's record agrees with the event's date — signature
  within 3 days for ``signed``, entry into force for ``entered_into_force``,
  the state's membership starting (``joined``), ending (``withdrew``) or
  frozen (``suspended``) within days of it; signed within a year after an
  ``announced`` pact, or before a ``ratified`` one.  An undated event fits only
  a pact the article names or one dated near the article's reference date;
* **kind**: the treaty holds a clause of the event's kind (``none``: no
  defence clause); a treaty whose kind is not encoded neither helps nor hurts.

An invocation (``invoked``, ``declined``) fits a pact the article names, or
one whose parties are exactly the invoking state and the allies its sentence
names ("its treaty with the United States"), if the state is a member on the
day.  After matching, :func:`inherited_kind` gives an invocation the kind of
the invoked article's clauses and an accession the pact's strongest kind.

The best fit wins (a named pact, exact parties, a date, a kind, a hand-encoded
file before a raw ATOP record).  Without a fit the event gets a *draft*
treaty file in the project's format (``docs/treaty-files.md``) that validates
with :func:`casus.importers.treaty_files.read_treaty_file`: it cites the
article itself as its only source, leaves entry into force unconfirmed, and
marks every field a person must check with ``CHECK``.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

import yaml

from .lexicon11 import PROGRAMME_OF
from .text import fold_phrase

if TYPE_CHECKING:  # pragma: no cover
    from ..model.treaty import Treaty

__all__ = ["match_event", "draft_treaty_file", "TREATY_KIND", "treaty_kind", "article_number", "inherited_kind",
           "match_all"]

#: libyaml's safe dumper where it is installed (the same text, six times faster), else PyYAML's.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
#: Event kind -> the treaty file's ``kind``.
TREATY_KIND = {"defense": "defence", "offense": "offence", "neutrality": "neutrality",
               "nonaggression": "non-aggression", "consultation": "consultation", "none": "none"}
_TYPE_WORDS = {"signed": "signed", "ratified": "ratified", "entered_into_force": "in force",
               "joined": "joined", "withdrew": "left", "suspended": "suspended", "announced": "announced",
               "invoked": "invoked", "declined": "not invoked"}
#: Kinds from the strongest duty to the weakest.
_STRENGTH = ("defense", "offense", "neutrality", "nonaggression", "consultation")
#: ... for a whole treaty: one that binds its parties to consult beside refraining from aggression (the friendship and
#: cooperation treaties: "consult each other at once if a threat to peace arises") is a consultation pact, the promise
#: not to attack being what every friendship treaty says.
_WHOLE = ("defense", "offense", "neutrality", "consultation", "nonaggression")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int | None:
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def article_number(text: str | None) -> str | None:
    """An article's number as casus compares it: arabic, a paragraph in brackets ("IV" -> "4",
    "42.7" -> "42(7)", "Art. 5" -> "5"); None if there is no number."""
    if not text:
        return None
    m = re.search(r"(?<![a-z])(\d+|[ivxlc]+)(?![a-z])(?:\s?[(.]\s?(\d{1,2})(?!\d)\)?)?", text.strip().lower())
    if m is None:
        return None
    head = m.group(1)
    num = int(head) if head.isdigit() else _roman(head)
    if num is None:
        return None
    return f"{num}({m.group(2)})" if m.group(2) else str(num)


def treaty_kind(t, article: str | None = None) -> str | None:
    """The strongest kind of ``t``'s clauses (defense > offense > neutrality > nonaggression >
    consultation; of a whole treaty, consultation > nonaggression: see :data:`_WHOLE`), only those of ``article`` if
    given (None if the treaty has no such article);
    a treaty without encoded clauses: its own ``kind`` if it is "none", else None."""
    clauses = list(t.clauses)
    if article is not None:
        want = article_number(article)
        head = want.split("(")[0] if want else None
        exact = [c for c in clauses if article_number(c.article) == want]
        clauses = exact or [c for c in clauses if (article_number(c.article) or "").split("(")[0] == head]
        if not clauses:
            return None
    kinds = {c.kind for c in clauses}
    best = next((k for k in (_STRENGTH if article is not None else _WHOLE) if k in kinds), None)
    if best is None and article is None and t.kind == "none":
        return "none"
    return best


def _day(iso: str | None) -> tuple[date, date] | None:
    """The earliest and latest day an ISO date (day, month or year) can be."""
    if not iso:
        return None
    y = int(iso[:4])
    if len(iso) == 4:
        return date(y, 1, 1), date(y, 12, 31)
    m = int(iso[5:7])
    if len(iso) == 7:
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), nxt - timedelta(days=1)
    d = date.fromisoformat(iso)
    return d, d


def _near(bound, window: tuple[date, date] | None, before: int, after: int | None = None) -> bool | None:
    """Whether a Bound lies within [earliest - before, latest + after] of the window."""
    if window is None:
        return None
    if bound is None:
        return False
    after = before if after is None else after
    return bound.earliest <= window[1] + timedelta(days=after) and bound.latest >= window[0] - timedelta(days=before)


#: the longest a pact's ratification or entry into force (where its record gives no day for it) may follow its signing
#: and still be its step (longer, up to six years, gained one event in each language over the development sets and
#: matched as many to another pact of the same two states, signed in those years; six years only where the corpus
#: holds no other pact of exactly those states signed before, gained one event and gave two ratifications of a basing
#: treaty the corpus lacks the kind of an older friendship treaty)
_LATER_STEP = timedelta(days=3 * 365)


def _date_fit(ev, t, ccodes: set[int]) -> bool | None:
    win = _day(ev.date)
    if win is None:
        return None
    if ev.type == "signed":
        return _near(t.signed.day, win, 3)
    if ev.type == "announced":
        b = t.signed.day
        return b is not None and win[0] - timedelta(days=7) <= b.earliest <= win[1] + timedelta(days=365)
    if ev.type == "ratified":  # (a legislature may approve an initialled text a day or two before it is signed)
        if _accession_ratified(t, ccodes, win):
            return True
        b = t.signed.day
        if b is not None and b.latest < win[0] - _LATER_STEP and len(t.parties) > 2 and _members_on(t, ccodes, win):
            # members of a multilateral pact signed long before approving something of it (a new member's accession
            # protocol, an amendment): a step of the pact, of no date the record holds (fits a pact the article names)
            return None
        if b is None or b.earliest > win[1] + timedelta(days=3) or b.latest < win[0] - _LATER_STEP:
            return False
        f = t.in_force.day
        return f is None or f.latest >= win[0] - timedelta(days=7)
    if ev.type == "entered_into_force":
        if t.in_force.day is not None:
            return _near(t.in_force.day, win, 3)
        b = t.signed.day  # no day of entry into force (ATOP records signatures only): within the years after signing
        return b is not None and b.earliest <= win[1] and (not t.in_force.confirmed
                                                          or b.latest >= win[0] - _LATER_STEP)
    ms = [m for m in t.memberships if m.ccode in ccodes]
    if ev.type in ("invoked", "declined"):  # a member on the day
        return any(_member_on(m, win) for m in ms)
    if ev.type == "joined":
        return any(_near(m.in_force, win, 7) or _near(m.signed, win, 7) for m in ms)
    if ev.type == "withdrew":
        return any(m.end is not None and _near(m.end, win, 31) for m in ms)
    if ev.type == "suspended":
        return any(any(_near(s.start, win, 7) for s in m.statuses) or (m.end is not None and _near(m.end, win, 7))
                   for m in ms)
    return None


#: how long after a state's approval of its accession to a pact its membership may begin and the approval still be
#: the accession's (the other parties' ratifications of the accession protocol take months)
_ACCESSION_AFTER = timedelta(days=365)


def _accession_ratified(t, ccodes: set[int], win: tuple[date, date]) -> bool:
    """Whether a ratification on ``win`` by ``ccodes`` is a party's approval of its own accession to ``t``: a
    party that joined after the pact's signing, its membership beginning up to :data:`_ACCESSION_AFTER` after."""
    signed = t.signed.day
    for m in t.memberships:
        start = m.in_force or m.signed
        if m.ccode not in ccodes or start is None or (signed is not None and m.signed == signed):
            continue
        if win[0] - timedelta(days=7) <= start.latest and start.earliest <= win[1] + _ACCESSION_AFTER:
            return True
    return False


def _member_on(m, win: tuple[date, date]) -> bool:
    """Whether membership ``m`` may have run on ``win``: begun by its end, not ended before its start."""
    start = m.in_force or m.signed
    return start is not None and start.earliest <= win[1] and (m.end is None or m.end.latest >= win[0])


def _members_on(t, ccodes: set[int], win: tuple[date, date]) -> bool:
    """Whether every state of ``ccodes`` was a member of ``t`` on ``win`` (:func:`_member_on`)."""
    on = {m.ccode for m in t.memberships if m.ccode in ccodes and _member_on(m, win)}
    return bool(ccodes) and on == ccodes


def _kind_fit(ev, t) -> bool | None:
    if ev.kind is None:
        return None
    kinds = t.kinds()
    if not kinds:
        if t.kind == "none":
            return ev.kind == "none"
        return None  # kind not encoded
    if ev.kind == "none":
        return "defense" not in kinds and "offense" not in kinds
    return ev.kind in kinds


def _reference_window(t, ev, reference) -> bool:
    if reference is None:
        return False
    ref = reference[0]
    b = t.in_force.day if ev.type == "entered_into_force" else t.signed.day
    return b is not None and ref - timedelta(days=60) <= b.earliest <= ref + timedelta(days=7)


def _ccodes(states, abbrevs) -> set[int]:
    out: set[int] = set()
    for ab in abbrevs:
        try:
            out.add(states.resolve(f"cow:{ab}").ccode)
        except Exception:  # noqa: BLE001 - an abbreviation the registry no longer knows
            pass
    return out


#: Each corpus's sets of treaty ids by state (see :func:`_pool`).
_POOLS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _pool(corpus, ccode: int) -> set[str]:
    """The ids of the treaties of ``ccode`` (built once per corpus and state, while its list stays the same;
    read only)."""
    ts = corpus.treaties_of(ccode)
    try:
        by = _POOLS.setdefault(corpus, {})
    except TypeError:  # a corpus that takes no weak reference
        return {t.id for t in ts}
    got = by.get(ccode)
    if got is None or got[0] is not ts or got[1] != len(ts):
        got = by[ccode] = (ts, len(ts), {t.id for t in ts})
    return got[2]


def _founders(t) -> set[int]:
    """The states that were parties from the pact's signing (not a successor state that took a party's place later:
    ATOP's 1973 treaty of West Germany and Czechoslovakia lists Germany from 1990)."""
    day = t.signed.day if t.signed is not None else None
    return {m.ccode for m in t.memberships if day is not None and m.signed == day}


def match_event(ev, corpus, source: str | None = None, reference=None) -> dict:
    """The corpus pact ``ev`` refers to, or a draft treaty file (see the module docstring)."""
    ccodes = _ccodes(corpus.states, ev.parties)
    # an invocation's pact unnamed: the allies its sentence names ("its treaty with the United States")
    allies = _ccodes(corpus.states, getattr(ev, "others", ())) - ccodes if ev.type in ("invoked", "declined") \
        else set()
    named = {pid for pid in ev.pact_names if pid in corpus.treaties}
    cands: dict[str, Treaty] = {pid: corpus.treaties[pid] for pid in sorted(named)}
    if ccodes:
        pools = [_pool(corpus, c) for c in ccodes | allies]
        for tid in sorted(set.intersection(*pools)):  # sorted: a tie goes the same way in every run
            cands.setdefault(tid, corpus.treaties[tid])
    best = None
    for tid, t in cands.items():
        parties = set(t.parties)
        if not ccodes <= parties:
            continue
        exact = ccodes == parties or bool(allies) and ccodes | allies == parties or ccodes == _founders(t)
        if not exact and tid not in named and ev.type not in ("joined", "withdrew", "suspended"):
            continue
        dfit = _date_fit(ev, t, ccodes)
        if dfit is False:
            continue
        if dfit is None and tid not in named and not _reference_window(t, ev, reference):
            continue
        kfit = _kind_fit(ev, t)
        if kfit is False:
            continue
        score = (2 if tid in named else 0) + (2 if exact else 1) + (3 if dfit else 0) + (1 if kfit else 0) \
            + (0.5 if t.origin != "atop" else 0)
        fits = [w for w, ok in (("name", tid in named), ("parties", True), ("date", dfit), ("kind", kfit)) if ok]
        if best is None or score > best[0]:
            best = (score, t, fits)
    series = series_kind(ev, corpus, reference)
    if best is not None:
        _, t, fits = best
        m = {"status": "corpus", "treaty": t.id, "name": t.name, "short_name": t.short_name, "fits": fits}
    else:
        name, text = draft_treaty_file(ev, corpus, source)
        m = {"status": "draft", "file": name, "text": text,
             "reason": "no corpus pact fits the event's parties, date and kind; a person must check this draft"}
    if series is not None:
        m["series_kind"] = series
    return m


#: A series: at least this many hand-encoded bilateral pacts of one state within half a year of the event, of one
#: kind (four in five of them at least)
_SERIES = 3


def series_kind(ev, corpus, reference=None) -> str | None:
    """The kind of the series of pacts a bilateral pact belongs to, when the corpus holds the series: one party's
    other hand-encoded bilateral pacts signed within half a year of the event (its day, else the article's), at least
    :data:`_SERIES` of them, nearly all of one kind (the security agreements a state signs with one partner after
    another on a common model: "Ukraine signed bilateral security agreements with ...").  None otherwise."""
    if ev.type not in ("signed", "ratified", "entered_into_force", "announced") or len(ev.parties) != 2:
        return None
    win = _day(ev.date) or (reference[0], reference[0]) if reference is not None else _day(ev.date)
    ccodes = _ccodes(corpus.states, ev.parties)
    if win is None or len(ccodes) != 2:
        return None
    found: set[str | None] = set()
    for c in ccodes:
        sibs = [t for t in (corpus.treaties[i] for i in sorted(_pool(corpus, c)))
                if t.origin != "atop" and len(set(t.parties)) == 2 and set(t.parties) != ccodes
                and _near(t.signed.day, win, 183)]
        kinds = Counter(treaty_kind(t) for t in sibs)
        top = kinds.most_common(1)
        if top and top[0][0] is not None and top[0][1] >= _SERIES and top[0][1] >= 0.8 * len(sibs):
            found.add(top[0][0])
    return found.pop() if len(found) == 1 else None


#: A pact's extension or renewal, in an event's own sentence: "the protocol extending the pact", "renewed", "आगे बढ़ाने"
_RENEWAL = re.compile(r"(?<![a-z])(?:extend|extension|prolong|renew)|आगे\sबढ|अवधि\s(?:\S+\s)?बढ|नवीनीकरण")


def _renewal(ev) -> bool:
    """Whether an event sentence of ``ev`` tells of a pact's extension or renewal (:data:`_RENEWAL`)."""
    return any(e.role == "event" and _RENEWAL.search(e.text.lower()) for e in ev.evidence or ())


#: the programmes' names (:data:`casus.news.lexicon11.PROGRAMME_OF`), folded
_PROGRAMMES = frozenset(fold_phrase(n) for n in PROGRAMME_OF)


def _names_programme(ev) -> bool:
    """Whether the event's own sentences name a programme of a pact's organisation (NATO's Partnership for Peace:
    :data:`casus.news.lexicon11.PROGRAMME_OF`) by its proper name: in Latin script, capitalised ("the Partnership for
    Peace", not "a strategic partnership for peace and prosperity")."""
    return any(fold_phrase(label) in _PROGRAMMES and (not label.isascii() or not label.islower())
               for label in ev.pact_labels)


def inherited_kind(ev, corpus) -> str | None:
    """The kind ``ev`` takes from the corpus pact it was matched to, or its own.

    An invocation takes the kind of the invoked article's clauses (NATO Art. 4: consultation,
    Art. 5: defense; CSTO Art. 4: defense), else its own (from the text), else the pact's strongest;
    an accession to, withdrawal from or suspension of a pact the article names, whose text states no kind, takes the
    pact's strongest kind (the kind the text states wins: "joins the Baghdad Pact, the regional defence alliance";
    but not a pledge not to use force, read in a pact of defence or offence: the pact's own kind is then its kind);
    so does any other event whose text states none and whose pact was
    matched by its name or on the pact's own day (its parties signing on the day it was signed, …).  A pact of a
    series the corpus holds (:func:`series_kind`) takes the series' kind, over the kind its text states: a report
    calls each of a state's security agreements of one model a "security guarantee" whatever it binds the parties to.
    """
    m = ev.match or {}
    t = corpus.treaties.get(m.get("treaty")) if m.get("status") == "corpus" else None
    if t is None and ev.kind is None and not ev.pact_names and _names_programme(ev):
        # NATO's Partnership for Peace, which the corpus does not hold: its Framework Document's paragraph 8 (NATO
        # will consult a partner that perceives a direct threat to its security) makes it a pact of consultation
        return "consultation"
    if t is None:  # no fit (an accession or a withdrawal the corpus does not record): the one pact the article names
        names = {pid for pid in ev.pact_names if pid in corpus.treaties}
        own = m.get("series_kind") or ev.kind  # (a series' kind outweighs the text's: see the docstring)
        if len(names) != 1 or ev.type not in ("joined", "invoked", "declined", "withdrew", "suspended"):
            # a pact extended or renewed under the one pact name the article gives, its text stating no kind: the
            # named pact's ("leaders signed the protocol extending the Warsaw Pact for twenty years")
            renewed = own is None and len(names) == 1 and _renewal(ev)
            return treaty_kind(corpus.treaties[names.pop()]) if renewed else own
        t = corpus.treaties[names.pop()]
    if ev.type in ("invoked", "declined"):
        by_article = treaty_kind(t, ev.article) if getattr(ev, "article", None) else None
        return by_article or ev.kind or treaty_kind(t)
    named = t.id in ev.pact_names
    if named and (ev.type == "joined" or (ev.type in ("withdrew", "suspended") and ev.kind is None)):
        whole = treaty_kind(t)
        if ev.kind == "nonaggression" and whole in ("defense", "offense"):
            return whole  # (a pact of defence's pledge not to use force, read as the text's kind: the pact's)
        return ev.kind or whole  # (the text's kind first: see the docstring)
    if ev.kind is None and {"name", "date"} & set(m.get("fits", ())):
        # the article states no kind, but names the corpus pact it reports, or reports it on the pact's own day
        return treaty_kind(t)
    return m.get("series_kind") or ev.kind


def draft_treaty_file(ev, corpus, source: str | None = None) -> tuple[str, str]:
    """(file name, YAML text) of a draft treaty file for ``ev``; every guess is marked CHECK."""
    names = []
    for ab in ev.parties:
        try:
            names.append(corpus.states.resolve(f"cow:{ab}").name_on(None, "en"))
        except Exception:  # noqa: BLE001
            names.append(ab)
    src = source or "an article read from standard input"
    slug = re.sub(r"[^a-z0-9-]+", "-", "-".join(ab.lower() for ab in ev.parties) + "-" + (ev.date or "undated"))
    did = ("draft-" + slug).strip("-")[:80].rstrip("-")
    what = _TYPE_WORDS[ev.type]
    between = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else (names[0] if names else "?")
    reported = f"{what} {ev.date}" if ev.date else f"{what}, date not given"
    evidence = " / ".join(e.text.strip() for e in ev.evidence if e.role == "event")[:600]
    label = ev.pact_labels[0] if getattr(ev, "pact_labels", ()) else None
    if label:
        title = f"CHECK: {label} ({between}: {reported}, as reported)"
        short = f"CHECK: {label} ({between}, {reported})"
    else:
        title = f"CHECK: pact of {between} ({reported}, as reported)"
        short = f"CHECK: {between} pact ({reported})"
    doc: dict = {"id": did, "name": title, "short_name": short}
    if ev.kind in TREATY_KIND:
        doc["kind"] = TREATY_KIND[ev.kind]
    if ev.kind == "none":
        doc["kind_note"] = "CHECK: the article reports no defence obligation"
    dated = ev.date is not None
    if ev.type == "signed" and dated:
        doc["signed"] = {"date": ev.date, "sources": ["article"],
                         "note": f"CHECK: as reported by the article ({ev.date_basis})"}
    else:
        doc["signed"] = {"unconfirmed": True, "note": "CHECK: the article does not report the signature"
                         + (f"; it reports the pact {reported}" if ev.type != "signed" else "")}
    doc["in_force"] = {"unconfirmed": True,
                       "note": "CHECK: no source confirms entry into force"
                       + (f"; the article reports it on {ev.date}"
                          if ev.type == "entered_into_force" and dated else "")}
    doc["sources"] = [{"id": "article", "title": f"News article {src} (CHECK: add publisher, headline, date and URL)",
                       "note": f"casus read found: {evidence}"}]
    parties = []
    for ab in ev.parties:
        p: dict = {"state": ab}
        if ev.type == "joined" and dated:
            p["in_force"] = {"date": ev.date, "sources": ["article"], "note": "CHECK: joined, as reported"}
        elif ev.type == "withdrew" and dated:
            p["left"] = {"date": ev.date, "sources": ["article"], "note": "CHECK: left, as reported"}
        elif ev.type == "suspended" and dated:
            p["status"] = [{"status": "suspended", "start": {"date": ev.date, "sources": ["article"]},
                            "note": "CHECK: participation suspended, as reported"}]
        parties.append(p)
    doc["parties"] = parties
    if ev.kind in TREATY_KIND and ev.kind != "none":
        doc["clauses_without_article"] = [{
            "id": f"reported-{ev.kind}", "kind": ev.kind, "obligors": "parties", "beneficiaries": "parties",
            "response": "unspecified",
            "note": "CHECK: the article reports this obligation; its text, direction and conditions are unknown",
        }]
        doc["no_article_reason"] = "the treaty text was not seen; the clause rests on a news report (CHECK)"
    doc["notes"] = [
        "DRAFT proposed by `casus read` from a news article: a person must check every field marked CHECK "
        "against the treaty text and official sources before this file joins the corpus.",
        f"The pact may be one the corpus holds under other parties, dates or a renewal; event type: {ev.type}.",
    ]
    body = yaml.dump(doc, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
    head = f"# DRAFT treaty file proposed by `casus read` ({src}). Not data: CHECK every field.\n"
    return f"{did}.yaml", head + body


def match_all(events: list, corpus, source: str | None, reference) -> None:
    """Match each event to the corpus (or a draft: :func:`match_event`) and give it the kind it inherits
    (:func:`inherited_kind`); ``corpus`` None: the session's."""
    if corpus is None:
        from ..session import corpus_of

        corpus = corpus_of(None)
    for ev in events:
        ev.match = match_event(ev, corpus, source=source, reference=reference)
        ev.kind = inherited_kind(ev, corpus)
