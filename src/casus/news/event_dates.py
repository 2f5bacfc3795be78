"""An event's date in an article (read by the news reader, :class:`casus.news.extract._Reader`): the nearest date
expression in the event's sentence; else a day in a neighbouring sentence; else, for an undated report in the present
perfect or a report's lead, the article's own date.  The date expressions themselves are :mod:`casus.news.dates`'."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .cues import _W0, _W1, _clause_before, _is_dev
from .date_context import DAY_KINDS, describes_pact, lead_day, names_period, new_style, said_on
from .dates import CLOCK, WEEKDAY_FIRST, DateHit, find_dates, resolve
from .dates_more import other_day, signed_in_relative
from .lexicon import PACT_NOUNS
from .text import Folded, fold_phrase, word_end, word_start

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["EventDates", "BACKGROUND_DAYS", "DAY_RANK"]

#: A reported date this many days before the article's own date is background.
BACKGROUND_DAYS = 45
_DATE_PENALTY = {"day": 0, "daymonth": 0, "thismonth": 0, "weekday": 10, "relative": 10, "month": 30, "monthonly": 40,
                 "year": 60}
_DATE_RANK = {"day": 0, "daymonth": 1, "thismonth": 1, "weekday": 2, "relative": 2, "month": 3, "monthonly": 4,
              "year": 5}
#: the kinds of date expression that name a day (:data:`casus.news.date_context.DAY_KINDS`) and their rank (the more
#: exact first)
DAY_RANK = {k: _DATE_RANK[k] for k in DAY_KINDS}
_DATELINE_BEFORE = re.compile(r"^\s?[^\n,.:]{2,40},(?:\s?[^\n,.:]{2,30},)?\s?$")  # (a place, perhaps its country)
#: the fewest words of a sentence that counts as one of the story's (:meth:`EventDates.first_day`)
_FEW_WORDS = 4
#: a page's label before its own date ("Published:", "Updated on", "प्रकाशित:", "अपडेटेड:"), perhaps with a weekday
_PUBLISHED_BEFORE = re.compile(rf"{_W0}(?:published|updated|last updated|posted|प्रकाशित|अपडेटेड|अपडेट|पोस्ट\sकिया\sगया"
                               r"|पोस्टेड)(?:\s(?:on|at))?"
                               r"\s?[:|-]?\s?(?:[a-z\u0900-\u097f]{3,12},?\s)?$")
#: a dispatch's filing line before its date, the line's first word ("Filed March 28, 9:30 p.m."; not "Lithuania filed on
#: Monday its instrument of accession")
_FILED_LINE = re.compile(r"^\s?filed(?:\s(?:on|at))?\s?[:|-]?\s?(?:[a-z]{3,12},?\s)?$")
_EN_PRESENT_PERFECT = re.compile(
    rf"{_W0}(?:has|have)\s(?:(?:now|just|also|formally|officially|finally|been|jointly)\s){{0,2}}$")
_HI_PRESENT_PERFECT = re.compile(rf"\s?(?:(?:गया|गई|गयी|गए|चुका|चुकी|चुके|लिया|दिया|दिए)\s)?(?:है|हैं){_W1}")


_CLAUSE_BREAK = re.compile(rf"[,;:।]|{_W0}(?:after|following|when|since|that|which|who|के बाद|जब|जो|जिसे|जिससे){_W1}")
#: (Hindi needs no comma: after the main verb, "जो" opens a relative clause, as in "... पर हस्ताक्षर किए थे जो 25 मार्च को
#: हुई थी")
_RELATIVE_AFTER = re.compile(rf"[,;]\s?(?:(?:and|और)\s)?(?:which|that|who|जिसे|जिस|जो|जिन्हें|जिन){_W1}"
                             rf"|{_W0}(?:जो|जिसे|जिन्हें){_W1}")
#: A year that names a pact, not an event: "the Anglo-Egyptian treaty of 1936", "its 1990 defence agreement",
#: "1997 की संधि", "1925 की मैत्री और तटस्थता संधि" (before the pact noun, at most two words between, five after a
#: genitive but no postposition or time word; after it, "of"); the pact nouns are the lexicon's.
_NOT_NAME = "में|ने|को|से|पर|तक|बाद|पहले|दौरान|बीच|अंत|शुरू|शुरुआत|आखिर|जब"
_PACT_NOUN = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s") for n in sorted(
    {fold_phrase(n.rstrip("*")) for n in PACT_NOUNS}, key=len, reverse=True)) + ")"
_YEAR_BEFORE_PACT = re.compile(rf"\s?(?:(?:की|के|का)\s(?:(?!(?:{_NOT_NAME})\s)[^\s,.;:।]+,?\s){{0,5}}?"
                               rf"|(?:[^\s,.;:।]+\s){{0,2}}?){_PACT_NOUN}{_W1}")
_YEAR_AFTER_PACT = re.compile(rf"{_W0}{_PACT_NOUN}\s(?:of|from)\s$")
#: A year that names the period of a plan or programme, not the day it was signed: "the cooperation plan for 2017",
#: "a military cooperation programme for the year 2021" (Hindi's "2022 के लिए ... योजना" is a genitive before a pact
#: noun: :data:`_YEAR_BEFORE_PACT`)
_PLAN_NOUN = r"(?:plans?|programmes?|programs?|calendars?|schedules?)"
_YEAR_OF_PLAN_BEFORE = re.compile(rf"{_W0}{_PLAN_NOUN}(?:\s(?:of|on)\s[a-z-]+(?:\s[a-z-]+)?)?\sfor\s"
                                  r"(?:the\s(?:year\s)?)?$")
#: a fair's or a meeting's name before its year ("IDEF 2025", "IDEX 2021", "(DSEI 2023)"): the year names it
_NAME_BEFORE_YEAR = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}[\s-]?$")
_DEADLINE_AFTER = re.compile(rf"\s?(?:तक|की\sसमय\s?सीमा){_W1}")
_DEADLINE_BEFORE = re.compile(rf"{_W0}(?:by|until|till|before|no\slater\sthan|deadline\sof)\s(?:the\s)?\Z")
_FUTURE_WORD = re.compile(rf"{_W0}(?:will|shall|is to|are to|is due to|are due to|करेगा|करेगी|करेंगे|करेंगी|होगा|"
                          rf"होगी|होंगे|होंगी|जाएगा|जाएगी|जाएंगे){_W1}")


#: a present perfect before the trigger ("have signed", "has formally ratified")
_HAS_HAVE = re.compile(r"(?<![a-z])(?:has|have)\s(?:[a-z]+ly\s)?$")
#: a day told from the day before it: "the next day", "the following day", "a day later", "अगले दिन"
_NEXT_DAY = re.compile(rf"{_W0}(?:the\s(?:next|following)\sday|a\sday\slater|अगले\sदिन){_W1}")
#: a day told from the date before it, the event's verb after: "in a statement on Monday, two days after they signed it"
_DAYS_AFTER = re.compile(r",?\s(?P<n>a|one|two|three|four|five|six|\d)\sdays?\s(?P<way>after|before)\s")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: the pact as the subject of a passive that tells its act again: "The documents were signed on Monday", "the agreement
#: was signed here on Thursday", "it was signed"
_RETOLD_PASSIVE = re.compile(r"(?<![a-z])(?:(?:the|this|that|these)\s(?:[a-z-]+\s){0,3}?(?:documents?|memorand(?:um|a)|"
                             r"mous?|agreements?|accords?|pacts?|treat(?:y|ies)|deals?|conventions?|protocols?|"
                             r"programmes?|programs?|plans?)|it)"
                             r"\s(?:was|were|had\sbeen)\s(?:(?:formally|officially|also)\s)?$")
#: how many sentences after an undated report in the present perfect may tell its act again with a day
_RETOLD_WITHIN = 3
#: the pact referred to after a verb that tells the act again: "signed the document", "signed it", "signed them"
_RETOLD_OBJECT = re.compile(r"\s(?:it|them|the\s(?:documents?|memorand(?:um|a)|mous?|agreements?|accords?|pacts?|"
                            r"treat(?:y|ies)|deals?))(?![a-z])")


#: "since" before a day: the start of a stay or a period, not an act's day, where the sentence names another day
_SINCE_BEFORE = re.compile(r"(?<![a-z])since\s(?:the\s)?$")


class EventDates:
    """How the news reader (:class:`casus.news.extract._Reader`, which sets the attributes below) dates
    an event: the nearest date expression in its sentence; else a day in the sentence before or after it
    (one reporting no event of its own, not a dateline); else, for an undated report in the present
    perfect ("has signed", "हस्ताक्षर किए हैं"), the article's own date.  Weekdays, relative days and
    missing years are resolved against ``anchor`` (see :func:`resolve`), but a day and month right after a full date
    of the same month takes that date's year (:meth:`_year_carried`; over fresh1-268, rules alone, no reading
    changed; fresh279's Hindi ratification of 1881 was read as of 2011)."""

    f: Folded
    low: str
    spans: list[tuple[int, int]]
    by_sent: dict[int, list[Hit]]
    anchor: date | None
    anchor_basis: str | None
    firm: date | None

    def _date_for(self, sent: _Sentence, trig: Hit, tense: str) -> tuple[str | None, str, int, list[DateHit]]:
        """The event's date: the nearest date expression in its sentence; else a day in the sentence before or
        after it; else, for a report in the present perfect ("has signed"), the article's own date."""
        # "... by Wednesday", "बुधवार तक": a deadline, not the event's day
        usable = [h for h in self._usable_dates(sent.start, sent.end)
                  if not describes_pact(self.low, h.start, trig, sent.start)  # "the pact signed on April 4, ..."
                  and not _DEADLINE_AFTER.match(self.low, h.end)
                  and not _DEADLINE_BEFORE.search(self.low, max(0, h.start - 20), h.start)]
        if tense != "future":  # "will meet on Tuesday after Turkey requested ...": Tuesday dates the meeting
            usable = [h for h in usable if not self._future_clause(h, sent)]
        # "... ends the agreement, which was signed in 2019": the relative clause dates the pact, not the event
        usable = [h for h in usable if signed_in_relative(self.low, trig, h, sent.end)  # (but see dates_more)
                  or not (h.start >= trig.end and _RELATIVE_AFTER.search(self.low, trig.end, h.start))]
        best = None
        for h in usable:
            dist = min(abs(h.start - trig.end), abs(trig.start - h.end))
            score = dist + _DATE_PENALTY[h.kind]
            if best is None or score < best[0]:
                best = (score, h)
        if best is None:
            got = self._next_day(sent) or self._neighbour_date(sent, tense)
            if got is not None:
                return (*got, usable)
            return (*self._perfect_date(sent, trig, tense), usable)
        perfect = _HAS_HAVE.search(self.low, max(sent.start, trig.start - 12), trig.start)
        if perfect and said_on(self.low, best[1].start):
            retold = self._retold_day(sent, trig, tense)  # "have signed ..., it said Monday. ... signed it on Sunday"
            if retold is not None:
                return (*retold, usable)
        iso, basis = self._resolve(best[1], tense)
        if not perfect and said_on(self.low, best[1].start) and (earlier := self._said_after(sent, tense, iso)):
            return (*earlier, usable)  # "... signed a memorandum, the ministry said in a statement on Tuesday"
        iso, basis = self._days_apart(best[1], trig, iso, basis)
        if iso is None and best[1].kind == "weekday":  # no date to resolve it against: a date nearby on that weekday
            pinned = self._weekday_pinned(sent, best[1])
            if pinned is not None:
                return (*pinned, usable)
        return iso, basis, _DATE_RANK[best[1].kind], usable

    def _said_after(self, sent: _Sentence, tense: str, said: str | None) -> tuple[str, str, int] | None:
        """Where the only day of an event's sentence dates the saying ("..., the ministry said in a statement released
        on Tuesday"): the day one of the two sentences before or the one after names ("led the delegation to Sudan on
        Monday"), if it falls in the week before the saying; else None (the saying's day stands)."""
        if said is None or len(said) != 10:
            return None
        for k, where in ((sent.i - 1, "the sentence before"), (sent.i - 2, "the sentence two before"),
                         (sent.i + 1, "the sentence after")):
            got = self._day_of_sentence(k, tense) if 0 <= k < len(self.spans) else None
            if got is not None and len(got[0]) == 10 and 0 < (date.fromisoformat(said)
                                                             - date.fromisoformat(got[0])).days <= 7:
                return got[0], f"{got[1]}, in {where} (its own sentence's day is the saying's)", got[2] + 3
        return None

    def _days_apart(self, h: DateHit, trig: Hit, iso: str | None, basis: str) -> tuple[str | None, str]:
        """The event's day where date ``h`` (resolved to ``iso``) is followed, before the event's verb, by "two days
        after" or "a day before" ("welcomed it on Monday, two days after they signed it"): ``h``'s day moved by that
        many days; else ``iso`` and ``basis`` as they are."""
        if iso is None or len(iso) != 10 or h.end > trig.start:
            return iso, basis
        m = _DAYS_AFTER.match(self.low, h.end, trig.start)
        if m is None or re.search(r"[,;:।]", self.low[m.end():trig.start]):  # (the verb in that clause)
            return iso, basis
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n")]
        day = date.fromisoformat(iso) + timedelta(days=-n if m.group("way") == "after" else n)
        return day.isoformat(), f"{basis}, {'less' if m.group('way') == 'after' else 'plus'} '{m.group().strip(' ,')}'"

    def _next_day(self, sent: _Sentence) -> tuple[str, str, int] | None:
        """The day after the last day named before "the next day" ("flew in on Thursday, 7 September. The next day
        he signed ..."), in its sentence or the one before: (ISO date, basis, rank), or None."""
        m = _NEXT_DAY.search(self.low, sent.start, sent.end)
        if m is None:
            return None
        days = [h for h in self._usable_dates(sent.start, m.start()) if h.kind in DAY_KINDS]
        if not days and sent.i > 0:
            days = self._days_in(sent.i - 1)
        for h in sorted(days, key=lambda d: -d.start):
            iso, basis = self._resolve(h, "past")
            if iso is not None and len(iso) == 10:
                day = date.fromisoformat(iso) + timedelta(days=1)
                return day.isoformat(), f"'{m.group().strip()}' after {basis}", 2
        return None

    def _weekday_pinned(self, sent: _Sentence, hit: DateHit) -> tuple[str, str, int] | None:
        """A weekday with no date to resolve it against, pinned by a full date on that weekday in its sentence or
        the one after or before ("on Tuesday approved the bill ... Tuesday's sitting, on 15 February 2011"):
        (ISO date, basis, rank), or None."""
        for k, where in ((sent.i, "its sentence"), (sent.i + 1, "the sentence after"),
                         (sent.i - 1, "the sentence before")):
            if not 0 <= k < len(self.spans):
                continue
            for h in find_dates(self.f, *self.spans[k]):
                if h.kind == "day" and h.day is not None and h.day.weekday() == hit.weekday:
                    return (h.day.isoformat(), f"weekday '{hit.text.strip()}' pinned by '{h.text.strip()}' in "
                            f"{where}, a day of that weekday", 0)
        return None

    def _retold_day(self, sent: _Sentence, trig: Hit, tense: str) -> tuple[str, str, int] | None:
        """The day of an act told in the present perfect and dated only by its report ("have signed a memorandum, the
        agency announced Monday"), from a sentence after that tells the act again (:meth:`_retold_after`): (ISO
        date, basis, rank), or None."""
        got = self._retold_after(sent, trig, tense)
        if got is None:
            return None
        iso, basis, rank, k = got
        where = "the sentence after" if k == sent.i + 1 else "a sentence after"
        return iso, f"{basis}, in {where}, which tells the act again", rank

    def _retold_after(self, sent: _Sentence, trig: Hit, tense: str) -> tuple[str, str, int, int] | None:
        """The day named by the first of the :data:`_RETOLD_WITHIN` sentences after ``sent`` that tells the act of
        ``trig`` again (:meth:`_retells`) and names one: (ISO date, basis, rank, the sentence), or None."""
        for k in range(sent.i + 1, min(sent.i + 1 + _RETOLD_WITHIN, len(self.spans))):
            if self._retells(k, trig):
                got = self._day_of_sentence(k, tense)
                if got is not None:
                    return (*got, k)
        return None

    def _retells(self, k: int, trig: Hit) -> bool:
        """Whether sentence ``k`` tells the act of ``trig`` again, the pact referred to: as its object ("signed the
        document", "signed it") or as the subject of a passive ("The documents were signed on Monday")."""
        low = self.low
        s0 = self.spans[k][0]
        return any(h.cat == "T" and h.value[0] == trig.value[0] and (
            _RETOLD_OBJECT.match(low, h.end) or _RETOLD_PASSIVE.search(low, max(s0, h.start - 60), h.start))
            for h in self.by_sent.get(k, ()))

    def _retold_later(self, sent: _Sentence, trig: Hit, tense: str) -> tuple[str, str, int] | None:
        """The day of an act reported undated in the present perfect ("have put their signatures to a convention"),
        from a sentence after that tells it again with a day ("The document was signed here on Tuesday";
        :meth:`_retold_after`), ranked below a day of the event's own sentence: (ISO date, basis, rank), or None."""
        got = self._retold_after(sent, trig, tense)
        if got is None:
            return None
        iso, basis, rank, _ = got
        return iso, f"{basis}, in a sentence after that tells the act again", rank + 3

    def _day_of_sentence(self, k: int, tense: str) -> tuple[str, str, int] | None:
        """The best-ranked day sentence ``k`` names, resolved, as (ISO date, basis, rank); None if it names none or
        its day is background (:meth:`_old`)."""
        days = self._days_in(k)
        if not days:
            return None
        h = min(days, key=lambda d: _DATE_RANK[d.kind])
        iso, basis = self._resolve(h, tense)
        if iso is None or self._old(iso):
            return None
        return iso, basis, _DATE_RANK[h.kind]

    def _names_pact(self, h: DateHit) -> bool:
        """True if year ``h`` names a pact ("the 1936 treaty", "1997 की संधि"), a plan's period ("the plan for 2017")
        or a fair ("IDEF 2025"), or day ``h`` ("12 मई की संधि")."""
        low = self.low
        if h.kind != "year":  # a day, by a genitive ("12 मई की संधि") or a meeting's ("मंगलवार को बैठक"): dates_more
            return h.kind in ("day", "daymonth", "weekday") and other_day(low, h.end, _YEAR_BEFORE_PACT)
        before = low[word_start(low, h.start - 40):h.start]
        return bool(_YEAR_BEFORE_PACT.match(low, h.end) or _YEAR_AFTER_PACT.search(before)
                    or _YEAR_OF_PLAN_BEFORE.search(before)
                    or _NAME_BEFORE_YEAR.search(self.f.base[max(0, h.start - 8):h.start]))

    def _future_clause(self, h: DateHit, sent: _Sentence) -> bool:
        """True if date ``h`` sits in a clause in the future tense ("ambassadors will hold a meeting on Tuesday",
        "मंगलवार को बैठक करेगी")."""
        low = self.low
        lo = max(sent.start, word_start(low, h.start - 60))
        head = low[lo:h.start]
        cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
        tail = low[h.end:min(sent.end, word_end(low, h.end + 40))]
        stop = _CLAUSE_BREAK.search(tail)
        return bool(_FUTURE_WORD.search(head[cut:]) or _FUTURE_WORD.search(tail[:stop.start() if stop else None]))

    def _resolve(self, h: DateHit, tense: str) -> tuple[str | None, str]:
        carried = self._year_carried(h)
        if carried is not None:
            return carried
        shift = 0
        ctx = self.low[word_start(self.low, h.start - 20):h.start]
        if re.search(r"last year|पिछले साल|पिछले वर्ष|बीते साल", ctx):
            shift = -1
        elif re.search(r"next year|अगले साल|अगले वर्ष", ctx):
            shift = 1
        future = tense == "future" and not said_on(self.low, h.start)  # "..., the minister said on Tuesday"
        return resolve(h, self.anchor, self.anchor_basis, "future" if future else "past", shift)

    def _year_carried(self, h: DateHit) -> tuple[str, str] | None:
        """A day and month without a year ("4 और 7 जुलाई को") that follows, in its sentence or the one before, a full
        date of the same month ("आज से ठीक 130 साल पहले, 7 जुलाई 1881 को ... दोनों शासकों ने 4 और 7 जुलाई को ...")
        takes that date's year, not the article's: (ISO date, basis), or None."""
        if h.kind != "daymonth" or h.month is None or h.dom is None:
            return None
        k = bisect.bisect_right([a for a, _ in self.spans], h.start) - 1
        lo = self.spans[max(k - 1, 0)][0]  # (the sentence before, or this one if it is the first)
        before = [d for d in find_dates(self.f, lo, h.start) if d.kind == "day" and d.month == h.month
                  and d.day is not None and (self.anchor is None or d.day.year != self.anchor.year)]
        if not before:
            return None
        full = before[-1]
        assert full.day is not None
        try:
            d = date(full.day.year, h.month, h.dom)
        except ValueError:
            return None
        return d.isoformat(), f"day and month '{h.text.strip()}', the year from '{full.text.strip()}' just before"

    def _usable_dates(self, s0: int, s1: int) -> list[DateHit]:
        """The date expressions of sentence ``[s0, s1)`` that may date an event: not its dateline."""
        base = self.f.base
        usable = []
        for h in new_style(self.low, find_dates(self.f, s0, s1)):  # not "16 June by the old calendar"
            after = base[h.end:h.end + 4]
            if _DATELINE_BEFORE.match(base[s0:h.start]) and re.match(r"^\s?(?:—|-|–|\(|:)", after):
                continue  # the dateline: the article's date, not the event's
            if _PUBLISHED_BEFORE.search(self.low, word_start(self.low, max(s0, h.start - 40)), h.start) \
                    or _FILED_LINE.match(self.low[s0:h.start]):
                continue  # "प्रकाशित: 23 मई 2019", "Updated: Friday, May 24": the page's date, not the event's
            if h.kind == "year" and re.match(r"^\s?(?:st|nd|rd|th|वां|वीं|वें)", after) or self._names_pact(h):
                continue  # (an ordinal; a pact's year or day: "the 1936 treaty", "12 मई की घोषणा")
            usable.append(h)
        return usable

    def _neighbour_date(self, sent: _Sentence, tense: str) -> tuple[str, str, int] | None:
        """A day named in the sentence before or after ``sent`` (one reporting no event of its own and not a
        dateline), as (ISO date, basis, rank); None if neither names one or its day is background."""
        after = sent.i + 1
        if after + 1 < len(self.spans) and self._dateline_sentence(*self.spans[after]):
            after += 1  # a headline's lead comes after the dateline
        for k, where in ((sent.i - 1, "the sentence before"), (after, "the sentence after")):
            if not 0 <= k < len(self.spans) or any(h.cat in ("T", "I") and h.value[1] != "needs_become" and not (
                    h.value[1] == "noun" and _is_dev(h.key)) for h in self.by_sent.get(k, ())):
                continue  # ("member" reports an event only after "become"; "की घोषणा के अनुसार", a noun, none)
            got = self._day_of_sentence(k, tense)
            if got is not None:
                return got[0], f"{got[1]}, in {where}", got[2] + 3  # the event's own sentence first
        return None

    def first_day(self, start: int, count: int = 3) -> tuple[str, str] | None:
        """The first day named in sentence ``start`` or the ``count - 1`` after it (sentences of fewer than
        :data:`_FEW_WORDS` words, a place alone or a byline, not counted; not a dateline, not a page's own labelled
        date, not a day well before the firm reference date), resolved in the past tense, as (ISO date, basis); None
        if none is.  A day after "since" counts only where no other day does ("has been in Egypt since August 30.
        ... met on Wednesday, August 31, and signed": a stay's start, not the act's day)."""
        return self._first_day(start, count, False) or self._first_day(start, count, True)

    def _first_day(self, start: int, count: int, since: bool) -> tuple[str, str] | None:
        seen = 0
        for k in range(start, len(self.spans)):
            if seen == count:
                break
            if self._story_words(k) >= _FEW_WORDS:
                seen += 1  # (a place alone, "वॉशिंगटन।", a byline or a filing line is no sentence of the story: it
                # does not count)
            days = sorted(self._days_in(k), key=lambda h: h.start)
            if not since and days:
                days = [h for h in days if not _SINCE_BEFORE.search(self.low, max(0, h.start - 8), h.start)]
                seen -= not days  # (a sentence that names a stay's start only lets the next one be read too)
            if not days:
                continue
            iso, basis = self._resolve(days[0], "past")
            if iso is not None and len(iso) == 10 and not self._old(iso):
                return iso, basis
        return None

    def _story_words(self, k: int) -> int:
        """The words of sentence ``k`` other than its dates and times ("Filed March 28, 9:30 p.m." has one)."""
        s0, s1 = self.spans[k]
        base = self.f.base
        cut, at = [], s0
        for h in sorted(find_dates(self.f, s0, s1), key=lambda h: h.start):
            cut.append(base[at:max(at, h.start)])
            at = max(at, h.end)
        cut.append(base[at:s1])
        return len(CLOCK.sub(" ", " ".join(cut)).split())

    def _days_in(self, k: int) -> list:
        """The usable dates naming a day (a date, a day and month, a weekday, a relative day) in sentence ``k``; none
        in a sentence that is only a dateline."""
        s0, s1 = self.spans[k]
        if self._dateline_sentence(s0, s1):
            return []
        return [h for h in self._usable_dates(s0, s1) if h.kind in ("day", "daymonth", "weekday", "relative")]

    def _dateline_sentence(self, s0: int, s1: int) -> bool:
        """A sentence that is only the article's date or a dateline: "March 14, 2025", "NEW DELHI, Sept 12:",
        "नई दिल्ली, 12 सितंबर।"."""
        base = self.f.base
        for h in find_dates(self.f, s0, s1):
            head = base[s0:h.start]
            tail = base[h.end:s1].strip(" :।.-—–|,")
            if (not head.strip() or WEEKDAY_FIRST.match(head) or _DATELINE_BEFORE.match(head)
                    and len(head.split()) <= 4) \
                    and (not tail or CLOCK.fullmatch(tail)):
                return True
        return False

    def _perfect_date(self, sent: _Sentence, trig: Hit, tense: str = "past") -> tuple[str | None, str, int]:
        """The article's own (or reference) date for an undated report in the present perfect ("has signed",
        "हस्ताक्षर किए हैं"), or in a report's lead (:func:`casus.news.date_context.lead_day`)."""
        none = (None, "the text gives no date for the event", 9)
        if self.anchor is None or self.firm is None:
            return none
        if names_period(self.low, sent.start, sent.end):
            return none  # "signed in Peking this month", "इसी महीने ... हस्ताक्षर किए हैं": not the article's own day
        if _is_dev(trig.key):
            perfect = bool(_HI_PRESENT_PERFECT.match(self.low, trig.end,
                                                     min(sent.end, word_end(self.low, trig.end + 16))))
        else:
            perfect = bool(_EN_PRESENT_PERFECT.search(_clause_before(self.low, trig.start, sent.start, 40)))
        if not perfect or (self.anchor_basis or "").startswith("the article's dateline month"):  # (a month, no day)
            return lead_day(self, sent, trig, find_dates, tense) or none
        retold = self._retold_later(sent, trig, tense)  # "have put their signatures ... The document was signed on ..."
        if retold is not None:
            return retold
        return (self.anchor.isoformat(),
                f"reported in the present perfect, undated: {self.anchor_basis} {self.anchor.isoformat()}", 6)

    def _old(self, iso: str | None) -> bool:
        """True if a resolved date lies well before the firm reference date."""
        if iso is None or self.firm is None:
            return False
        y = int(iso[:4])
        if len(iso) == 4:
            return y < self.firm.year
        m = int(iso[5:7])
        d = int(iso[8:10]) if len(iso) == 10 else 28
        try:
            day = date(y, m, d)
        except ValueError:
            return False
        return day < self.firm - timedelta(days=BACKGROUND_DAYS)

    def _day_or_anchor(self, iso: str | None) -> date | None:
        """The day ``iso`` names, if it names a day; else the anchor date (or None)."""
        if iso and len(iso) == 10:
            return date.fromisoformat(iso)
        return self.anchor
