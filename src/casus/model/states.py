"""States of the COW state system, their names, and a resolver for what users type.

Pure, frozen value types and an in-memory registry; no file I/O here.
:func:`casus.importers.cow_states.load_states` builds the registry from the
bundled COW list, CLDR names (via babel) and the curated name files.

A :class:`State` is one COW country code (``ccode``) with its spells of system
membership (:class:`StateSpan`, inclusive days) and its display names
(:class:`DatedName`), some of which hold only in a period (365 is "Soviet Union"
from 1922-12-30 to 1991-12-25).

:meth:`StateRegistry.resolve` turns a ccode, a COW abbreviation, an ISO code, an
English or Hindi name or an alias into a state.  Matching ignores case,
whitespace, punctuation (``"U.S."`` is ``"US"``), a leading "the", Latin accents
and the Devanagari nukta, and is Unicode-normalised.

Precedence, when one query names several states:

1. digits are a ccode;
2. two or three Latin letters are codes: COW abbreviations (of any spell) and
   ISO3 codes, or ISO2 codes;
3. anything else (and codes that match nothing) is a name or alias.

Within a step, a state that exists today beats a former one, and among former
states the one that ended last wins.  If two current states share a code
(COW ``AUS`` is Austria, ISO3 ``AUS`` Australia; likewise SWZ, MNG, SLV), the
COW abbreviation wins; write ``iso:AUS`` (or ``cow:``, ``iso2:``, ``iso3:``,
``ccode:``) to choose the kind of code explicitly.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ..errors import UnknownStateError

__all__ = ["StateSpan", "DatedName", "State", "StateRegistry", "normalize_query"]

LANGS = ("en", "hi")


@dataclass(frozen=True)
class StateSpan:
    """One spell of state-system membership; both ends inclusive.

    Attributes
    ----------
    start : date
        First day of membership.
    end : date or None
        Last day of membership; ``None`` means the spell continues to today
        (COW spells censored at 2024-12-31).
    abbrev : str
        COW abbreviation used in this spell (345 is ``YUG`` then ``SRB``).
    """

    start: date
    end: date | None
    abbrev: str

    def contains(self, d: date) -> bool:
        """Whether day ``d`` lies in this spell."""
        return self.start <= d and (self.end is None or d <= self.end)


@dataclass(frozen=True)
class DatedName:
    """A display name, optionally limited to a period (both ends inclusive).

    Attributes
    ----------
    start, end : date or None
        The period in which the name holds; ``None`` leaves that side open.
        A name with neither is the state's default name.
    en : str
        English name.
    hi : str or None
        Hindi name in Devanagari, if one is known.
    source : str
        Where the name (in particular the Hindi one) comes from, e.g.
        ``"CLDR via babel 2.19.0"`` or a hi.wikipedia.org URL.
    """

    start: date | None
    end: date | None
    en: str
    hi: str | None
    source: str

    @property
    def dated(self) -> bool:
        """True if the name holds only in a period."""
        return self.start is not None or self.end is not None

    def covers(self, d: date) -> bool:
        """Whether the name holds on day ``d``."""
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)


@dataclass(frozen=True)
class State:
    """A COW state: code, codes, spells of membership, names and aliases.

    ``names`` lists default (undated) names in increasing precedence: a later
    undated name overrides an earlier one (curated names follow CLDR names).
    A dated name that covers the day asked for beats every undated one.
    """

    ccode: int
    abbrev: str
    name: str
    iso2: str | None
    iso3: str | None
    spans: tuple[StateSpan, ...]
    names: tuple[DatedName, ...] = ()
    aliases: tuple[str, ...] = ()
    iso_num: str | None = None  # ISO 3166-1 numeric (the world-atlas map's feature ids)

    @property
    def is_current(self) -> bool:
        """True if the state is a member today (its last spell is open)."""
        return bool(self.spans) and self.spans[-1].end is None

    @property
    def start(self) -> date:
        """First day of the first spell."""
        return self.spans[0].start

    @property
    def end(self) -> date | None:
        """Last day of the last spell, or ``None`` if the state exists today."""
        return self.spans[-1].end

    def is_member(self, d: date) -> bool:
        """Whether the state is a system member on day ``d``."""
        return any(s.contains(d) for s in self.spans)

    def _day(self, d: date | None) -> date:
        # "No date" means today for a current state, its last day otherwise.
        if d is not None:
            return d
        return date.today() if self.is_current else self.spans[-1].end  # type: ignore[return-value]

    def abbrev_on(self, d: date | None = None) -> str:
        """COW abbreviation on day ``d`` (default: today, or the state's last day).

        Outside membership, the abbreviation of the latest spell begun by ``d``
        (or of the first spell, before it).
        """
        day = self._day(d)
        begun = [s for s in self.spans if s.start <= day]  # spans are sorted by start
        if begun:
            return begun[-1].abbrev
        return self.spans[0].abbrev if self.spans else self.abbrev

    def name_on(self, d: date | None = None, lang: str = "en") -> str:
        """Display name on day ``d`` in ``lang`` (``"en"`` or ``"hi"``).

        Falls back to the English name when no Hindi name is known, and to
        the COW name when no other name is known; never returns ``None``.
        """
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
        day = self._day(d)
        chosen: DatedName | None = None
        for n in self.names:
            if not n.covers(day):
                continue
            # dated beats undated; then the later start, then the later entry
            if chosen is None or (n.dated, n.start or date.min) >= (chosen.dated, chosen.start or date.min):
                chosen = n
        if chosen is None:
            return self.name
        if lang == "hi" and chosen.hi:
            return chosen.hi
        return chosen.en

    def label(self, d: date | None = None, lang: str = "en") -> str:
        """``"North Korea (PRK, 731)"``: name, COW abbreviation and ccode."""
        return f"{self.name_on(d, lang)} ({self.abbrev_on(d)}, {self.ccode})"

    def all_names(self) -> tuple[str, ...]:
        """Every name and alias of the state, both scripts, without duplicates."""
        out = [self.name]
        for n in self.names:
            out.append(n.en)
            if n.hi:
                out.append(n.hi)
        out.extend(self.aliases)
        return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------------------
# normalisation

_LATIN_MARKS = re.compile("[\u0300-\u036f]")  # combining accents (é -> e)
_NUKTA = "\u093c"  # ज़ -> ज
_DROP = ("P", "S", "Z", "C")  # punctuation, symbols, separators, controls (ZWJ ...)
_TOKEN_MAP = {"saint": "st", "ste": "st"}
_PREFIX = re.compile(r"^\s*(cow|iso|iso2|iso3|ccode)\s*:\s*(.*)$", re.IGNORECASE)
_CODE = re.compile(r"^[A-Za-z]{2,3}$")


def normalize_query(text: str) -> str:
    """Matching key for a name: casefolded, accent-, nukta- and punctuation-free.

    >>> normalize_query(" U.S. ") == normalize_query("us")
    True
    >>> normalize_query("Côte d’Ivoire") == normalize_query("cote d'ivoire")
    True
    >>> normalize_query("ज़ाम्बिया") == normalize_query("जाम्बिया")
    True
    """
    return "".join(_tokens(text))


def _tokens(text: str) -> list[str]:
    s = unicodedata.normalize("NFKD", text)
    s = _LATIN_MARKS.sub("", s).replace(_NUKTA, "")
    s = unicodedata.normalize("NFC", s).casefold().replace("&", " and ")
    s = "".join(" " if unicodedata.category(ch)[0] in _DROP else ch for ch in s)
    tokens = [_TOKEN_MAP.get(t, t) for t in s.split()]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tokens


def _name_variants(name: str) -> list[str]:
    # "Myanmar (Burma)" is also "Myanmar" and "Burma".
    out = [name]
    m = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", name)
    if m:
        out.extend([m.group(1), m.group(2)])
    return out


# ---------------------------------------------------------------------------
# registry


class StateRegistry:
    """All states, indexed once for fast lookup by code, name or alias.

    Parameters
    ----------
    states : iterable of State
        One state per ccode.
    """

    def __init__(self, states: Iterable[State]):
        self._states: dict[int, State] = {}
        for st in sorted(states, key=lambda s: s.ccode):
            if st.ccode in self._states:
                raise ValueError(f"duplicate ccode {st.ccode}")
            self._states[st.ccode] = st
        self._cow: dict[str, set[int]] = {}
        self._iso3: dict[str, set[int]] = {}
        self._iso2: dict[str, set[int]] = {}
        self._names: dict[str, set[int]] = {}
        #: matching key -> text shown in suggestions
        self._display: dict[str, str] = {}
        self._tails: dict[str, set[str]] = {}
        for st in self._states.values():
            for span in st.spans:
                self._add(self._cow, span.abbrev.upper(), st.ccode)
            self._add(self._cow, st.abbrev.upper(), st.ccode)
            if st.iso3:
                self._add(self._iso3, st.iso3.upper(), st.ccode)
            if st.iso2:
                self._add(self._iso2, st.iso2.upper(), st.ccode)
            for text in st.all_names():
                for variant in _name_variants(text):
                    tokens = _tokens(variant)
                    key = "".join(tokens)
                    if key:
                        self._add(self._names, key, st.ccode)
                        self._display.setdefault(key, variant.strip())
                        # word-final tails: "southvietnam" -> "vietnam" (for search)
                        self._tails.setdefault(key, set()).update(
                            "".join(tokens[i:]) for i in range(1, len(tokens))
                        )
        for table in (self._cow, self._iso3, self._iso2):
            for code in table:
                self._display.setdefault(code.casefold(), code)
        self._keys = list(self._display)
        self._long_keys = [k for k in self._keys if len(k) > 3]

    @staticmethod
    def _add(index: dict[str, set[int]], key: str, ccode: int) -> None:
        index.setdefault(key, set()).add(ccode)

    def __iter__(self) -> Iterator[State]:
        return iter(self._states.values())

    def __len__(self) -> int:
        return len(self._states)

    def __contains__(self, ccode: object) -> bool:
        return isinstance(ccode, int) and not isinstance(ccode, bool) and ccode in self._states

    def __repr__(self) -> str:
        return f"<StateRegistry of {len(self)} states>"

    def get(self, ccode: int) -> State:
        """The state with COW code ``ccode``; raises :class:`UnknownStateError`."""
        try:
            return self._states[ccode]
        except (KeyError, TypeError):
            raise UnknownStateError(str(ccode), self._suggest(str(ccode))) from None

    def _pick(self, *groups: set[int] | None) -> State | None:
        """Best state among candidate groups given in order of precedence."""
        cands = [c for g in groups if g for c in sorted(g)]
        if not cands:
            return None
        states = [self._states[c] for c in dict.fromkeys(cands)]
        current = [s for s in states if s.is_current]
        if current:
            return current[0]  # first group wins a tie between current states
        return max(states, key=lambda s: s.end or date.max)  # max() keeps the first on ties

    def resolve(self, query: str | int | State) -> State:
        """The state a user means by ``query``.

        Parameters
        ----------
        query : str or int
            A ccode (``731``, ``"731"``), a COW abbreviation of any spell
            (``"PRK"``, ``"YUG"``), an ISO3 or ISO2 code, an English or Hindi
            name, or an alias. A prefix ``cow:``, ``iso:``, ``iso2:``,
            ``iso3:`` or ``ccode:`` limits the query to that kind of code.

        Returns
        -------
        State

        Raises
        ------
        UnknownStateError
            If nothing matches; its ``suggestions`` hold up to 3 close names.
        """
        if isinstance(query, State):
            return self.get(query.ccode)
        if isinstance(query, bool) or not isinstance(query, (int, str)):
            raise TypeError(f"a state is a str or an int, not {type(query).__name__}")
        if isinstance(query, int):
            return self.get(query)
        text = unicodedata.normalize("NFC", query).strip()
        found = None
        m = _PREFIX.match(text)
        if m:
            kind, value = m.group(1).lower(), m.group(2)
            code = re.sub(r"[\W_]", "", value).upper()
            if kind == "ccode" and code.isdecimal():
                found = self._states.get(int(code))
            elif kind == "cow":
                found = self._pick(self._cow.get(code))
            else:
                groups = {"iso": (self._iso3, self._iso2), "iso2": (self._iso2,), "iso3": (self._iso3,)}
                found = self._pick(*(t.get(code) for t in groups[kind]))
        else:
            found = self._lookup(text)
        if found is None:
            raise UnknownStateError(query, self._suggest(query))
        return found

    def _lookup(self, text: str) -> State | None:
        bare = text.strip(" \t\n.,;:!?'\"()[]")
        if bare.isdecimal():
            return self._states.get(int(bare))
        code = re.sub(r"[.\s]", "", bare)
        if _CODE.match(code):
            code = code.upper()
            # a COW abbreviation always means its COW state (CZE: Czechoslovakia, not Czechia's ISO3 code)
            hit = (self._pick(self._cow.get(code)) or self._pick(self._iso3.get(code))) if len(code) == 3 \
                else self._pick(self._iso2.get(code))
            if hit is not None:
                return hit
        return self._pick(self._names.get(normalize_query(text)))

    def _suggest(self, query: str, n: int = 3) -> tuple[str, ...]:
        key = normalize_query(query)
        if not key:
            return ()
        out: dict[frozenset[int], str] = {}
        if len(key) <= 4:  # a code: the COW codes of states whose names begin so ("SER": SRB), close COW codes
            starts = sorted((c for c, st in self._states.items() if normalize_query(st.name).startswith(key)),
                            key=lambda c: (not self._states[c].is_current, c))
            close = difflib.get_close_matches(key.upper(), list(self._cow), n=n, cutoff=0.6)
            for k in [self._states[c].abbrev for c in starts] + close:
                owners = frozenset(self._cow[k])
                if owners not in out and len(out) < n:
                    out[owners] = k
        for k in self._close(key, 12, 0.6):
            if len(out) >= n:
                break
            owners = frozenset(self._names.get(k, ()) or self._codes_of(k))
            if owners and owners not in out:
                out[owners] = self._display[k]
            if len(out) == n:
                break
        return tuple(out.values())

    def _close(self, key: str, n: int, cutoff: float) -> list[str]:
        # Codes (<= 3 letters) are fuzzy candidates only for short queries.
        keys = self._keys if len(key) <= 4 else self._long_keys
        return difflib.get_close_matches(key, keys, n=n, cutoff=cutoff)

    def _codes_of(self, key: str) -> set[int]:
        code = key.upper()
        return set().union(*(t.get(code, set()) for t in (self._cow, self._iso3, self._iso2)))

    def search(self, query: str, limit: int = 10) -> list[State]:
        """States whose names, aliases or codes match ``query``, best first.

        Exact matches come first, then prefix, then substring matches, in
        English and Hindi; current states before former ones within each rank.
        Only if nothing matches literally are fuzzy (``difflib``) matches given.
        """
        key = normalize_query(query)
        if not key or limit <= 0:
            return []
        ranked: list[tuple[int, int, int, int]] = []  # (rank, order, order, ccode)
        exact = self._lookup(query)
        if exact is not None:
            ranked.append((0, 0, 0, exact.ccode))

        def add(k: str, rank: int, order: int | None = None) -> None:
            for c in self._names.get(k, ()) or self._codes_of(k):
                former = 0 if self._states[c].is_current else 1
                ranked.append((rank, former, len(k), c) if order is None else (rank, order, former, c))

        for k in self._keys:
            if k == key:
                add(k, 1)
            elif k.startswith(key) or any(t.startswith(key) for t in self._tails.get(k, ())):
                add(k, 2)
            elif key in k:
                add(k, 3)
        if not ranked:
            close = self._close(key, limit * 3, 0.6)
            for i, k in enumerate(close):
                add(k, 4, i)  # fuzzy: by similarity
        out: dict[int, State] = {}
        for *_, c in sorted(ranked):
            out.setdefault(c, self._states[c])
            if len(out) == limit:
                break
        return list(out.values())

    def same_code_on(self, query: str, d: date) -> list[State]:
        """States that were system members on ``d`` and that ``query`` names by another code or name (ISO3,
        ISO2, a name): "KOR" on 2025-01-01 (COW: Korea, 1887–1905) → South Korea."""
        code = re.sub(r"[.\s]", "", query.strip()).upper()
        groups = [self._iso3.get(code), self._iso2.get(code), self._names.get(normalize_query(query))]
        return [self._states[c] for c in sorted(set().union(*(g for g in groups if g)))
                if self._states[c].is_member(d)]

    def members_on(self, d: date) -> list[State]:
        """States that are system members on day ``d``, by ccode."""
        return [s for s in self._states.values() if s.is_member(d)]
